import { expect, test } from "vitest";
import { kbNumber, normalizeKbId } from "./id";

test.each([
  ["Q244717", "Q244717"],
  ["q244717", "Q244717"],
  ["244717", "Q244717"],
  [" Q 244717 ", "Q244717"],
  ["Q74950", "Q74950"],
  ["Q074950", "Q74950"],
])("normalizeKbId(%j) = %j", (input, expected) => expect(normalizeKbId(input)).toBe(expected));

test.each(["", "Q", "Qabc", "244717x", "Q12345678", "rassrv.exe"])("normalizeKbId(%j) is null", (input) =>
  expect(normalizeKbId(input)).toBeNull(),
);

test("kbNumber", () => expect(kbNumber("Q244717")).toBe(244717));
