import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it("keeps paths of this site", () => {
    for (const next of ["/admin", "/admin/kb/Q244717?saved=1", "/kb/Q1#status"]) expect(safeNext(next)).toBe(next);
  });

  it("refuses anything a browser would take to another site", () => {
    for (const next of [
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "https://evil.example",
      "evil",
      "",
    ])
      expect(safeNext(next), JSON.stringify(next)).toBe("/admin");
  });
});
