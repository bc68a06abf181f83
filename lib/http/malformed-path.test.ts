import { describe, expect, it } from "vitest";
import { isMalformedPath } from "./malformed-path";

describe("isMalformedPath", () => {
  it("finds broken percent-encoding in the path", () => {
    for (const url of ["/kb/%E0", "/files/%E0", "/api/articles/%E0", "/kb/%", "/kb/%zz?q=1", "/%C0%AF"])
      expect(isMalformedPath(url)).toBe(true);
  });

  it("leaves good paths and any query string alone", () => {
    for (const url of ["/", "/kb/Q244717", "/files/Rassrv%20old.exe", "/search?q=%E0", "/kb/Q1#%"])
      expect(isMalformedPath(url)).toBe(false);
  });
});
