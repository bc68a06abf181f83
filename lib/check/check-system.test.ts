import { describe, expect, test } from "vitest";
import type { System } from "../nt/system";
import { Catalog } from "./catalog";
import { checkSystem, fixesByServicePack, STATUSES } from "./check-system";
import { parseInstalledFile } from "./installed-file";
import { parseInstalledHotfixes } from "./installed-hotfixes";
import { Q130876, Q153376, Q154985, Q238171, Q244509, Q244717, Q268835 } from "./test-fixtures";

const catalog = () => new Catalog([Q244717, Q154985, Q130876, Q238171, Q153376]);
const tseAlpha: System = {
  release: "4.0",
  build: 1381,
  servicePack: "SP5",
  edition: "terminal-server",
  platform: "alpha",
};
const sp3: System = { release: "4.0", build: 1381, servicePack: "SP3", edition: null, platform: "x86" };

describe("checkSystem over a catalog of real articles", () => {
  test("groups by status, counts them, and leaves out other releases", () => {
    const r = checkSystem(catalog(), sp3);
    const ids = r.results.map((e) => e.articleId);
    expect(ids).toContain("Q154985");
    expect(ids).not.toContain("Q130876"); // 3.51 only
    expect(r.results.find((e) => e.articleId === "Q154985")).toMatchObject({
      status: "upgrade",
      fixedIn: { servicePack: "SP4" },
    });
    const total = Object.values(r.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(r.results.length);
    const ranks = r.results.map((e) => STATUSES.indexOf(e.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  test("answers a repeated system from its cache", () => {
    const c = catalog();
    expect(checkSystem(c, sp3)).toBe(checkSystem(c, sp3));
  });

  test("keeps a bounded cache: answers made for many other keys evict old ones", () => {
    const c = catalog();
    const first = checkSystem(c, sp3);
    for (let i = 0; i < 1000; i++) c.memoize(`installed|file${i}.exe`, () => i);
    const again = checkSystem(c, sp3);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  test("an installed file is compared only for the articles that ship it", () => {
    const c = catalog();
    const current = checkSystem(c, tseAlpha, { file: parseInstalledFile("Rassrv.exe 10/29/99 123,664") });
    expect(current.results.find((e) => e.articleId === "Q244717")?.installed).toBe("current");
    expect(current.results.filter((e) => e.articleId !== "Q244717").every((e) => e.installed === null)).toBe(true);
    const older = checkSystem(c, tseAlpha, { file: parseInstalledFile("Rassrv.exe 05/01/98 120,000") });
    expect(older.results.find((e) => e.articleId === "Q244717")?.installed).toBe("older");
    // the cached answer without a file is untouched
    expect(checkSystem(c, tseAlpha).results.every((e) => e.installed === null)).toBe(true);
  });

  test("the timeline counts fixes per service pack", () => {
    const by = fixesByServicePack(checkSystem(catalog(), sp3).results);
    expect(by.get("SP4")).toBeGreaterThanOrEqual(1);
  });

  test("a pasted hotfix package marks its article installed, and the cached answer is untouched", () => {
    const c = catalog();
    const hotfixes = parseInstalledHotfixes("Q244717i.exe");
    const r = checkSystem(c, tseAlpha, { hotfixes });
    const seed = r.results.find((e) => e.articleId === "Q244717")!;
    expect(seed.status).toBe("installed");
    expect(seed.evidence.map((e) => e.kind)).toEqual(["installed", "hotfix", "files"]);
    expect(r.counts.installed).toBe(1);
    expect(r.counts.hotfix).toBe(checkSystem(c, tseAlpha).counts.hotfix - 1);
    expect(checkSystem(c, tseAlpha).results.find((e) => e.articleId === "Q244717")?.status).toBe("hotfix");
  });

  test("an installed hotfix covers the older hotfix it replaces", () => {
    const c = new Catalog([Q244509, Q268835]);
    const sp5: System = { release: "4.0", build: 1381, servicePack: "SP5", edition: null, platform: "x86" };
    const r = checkSystem(c, sp5, { hotfixes: ["Q268835"] });
    expect(r.results.find((e) => e.articleId === "Q244509")).toMatchObject({
      status: "installed",
      reason: "You have Q268835, which replaces this hotfix.",
    });
  });
});
