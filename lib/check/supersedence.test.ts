import { describe, expect, it } from "vitest";
import type { ArticleFacts } from "./facts";
import { supersedence } from "./supersedence";
import { Q244509, Q244717, Q268835 } from "./test-fixtures";

describe("supersedence", () => {
  it("Q268835 ships the same kernel files as Q244509 and was updated later: it supersedes it", () => {
    expect(supersedence([Q244509, Q268835, Q244717])).toEqual(new Map([["Q244509", "Q268835"]]));
  });

  it("a later file date wins over a later article", () => {
    const newerFiles: ArticleFacts = {
      ...Q244509,
      id: "Q999001",
      lastModified: "2000-01-01",
      files: Q244509.files.map((f) => ({ ...f, date: "2000-03-01" })),
    };
    expect(supersedence([newerFiles, Q268835]).get("Q268835")).toBe("Q999001");
  });

  it("compares versions when the dates are equal", () => {
    const file = Q244717.files[1];
    const a: ArticleFacts = { ...Q244717, id: "Q900001", files: [{ ...file, version: "4.0.1381.33" }] };
    const b: ArticleFacts = {
      ...Q244717,
      id: "Q900002",
      lastModified: "1999-01-01",
      files: [{ ...file, version: "4.0.1381.133" }],
    };
    expect(supersedence([a, b]).get("Q900001")).toBe("Q900002");
  });

  it("follows chains to the newest, and ignores other platforms and other service-pack lines", () => {
    const at = (id: string, date: string, extra: Partial<ArticleFacts> = {}): ArticleFacts => ({
      ...Q244717,
      id,
      files: [{ ...Q244717.files[0], date }],
      ...extra,
    });
    const a = at("Q900010", "1999-01-01");
    const b = at("Q900011", "1999-06-01");
    const c = at("Q900012", "1999-12-01");
    const alphaOnly = at("Q900013", "2000-06-01", { files: [{ ...Q244717.files[1], date: "2000-06-01" }] });
    const standard4 = at("Q900014", "2000-06-01", {
      versions: ["4.0"],
      appliesTo: ["Microsoft Windows NT Server version 4.0"],
    });
    const map = supersedence([a, b, c, alphaOnly, standard4]);
    expect(map.get("Q900010")).toBe("Q900012");
    expect(map.get("Q900011")).toBe("Q900012");
    expect(map.has("Q900012")).toBe(false);
  });
});
