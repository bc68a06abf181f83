import { expect, it } from "vitest";
import { workerCount } from "./workers";

it("is one process per core up to four unless WEB_CONCURRENCY says otherwise", () => {
  expect(workerCount(undefined, 2)).toBe(2);
  expect(workerCount("", 1)).toBe(1);
  expect(workerCount(undefined, 32)).toBe(4);
  expect(workerCount("1", 8)).toBe(1);
  expect(workerCount(" 6 ", 2)).toBe(6);
  for (const bad of ["0", "-1", "two", "1.5", "100"]) expect(() => workerCount(bad, 2)).toThrow(/WEB_CONCURRENCY/);
});
