// Listings are not fixes: real corpus articles of each kind, and the fix tables beside them.
import { beforeAll, describe, expect, test } from "vitest";
import { readArchiveTxts, readCorpusTxt } from "./__fixtures__/corpus";
import { extractFileTables } from "./files";
import { articleBodyLines, parseArticle } from "./index";

const tables = (id: string) => {
  const body = articleBodyLines(readCorpusTxt(id));
  if (!body) throw new Error(id);
  return extractFileTables(body.lines, body.title).map((t) => ({
    kind: t.kind,
    reason: t.reason,
    rows: t.files.length,
  }));
};
const files = (id: string) => {
  const r = parseArticle(readCorpusTxt(id));
  if (!r.ok) throw new Error(r.error);
  return r.article.files;
};

describe("listings, kept out of the hotfix files", () => {
  test("a service pack's list of its files (Q235373, Contents of Service Pack 5): the article is a file list", () => {
    const found = tables("Q235373");
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((t) => t.kind === "listing" && t.reason === "the article is a file list")).toBe(true);
    expect(found.reduce((n, t) => n + t.rows, 0)).toBeGreaterThan(1000);
    expect(files("Q235373")).toEqual([]);
  });

  test("a product's file descriptions (Q187801, RRAS): the article is a file list", () => {
    expect(tables("Q187801")).toEqual([
      { kind: "listing", reason: "the article is a file list", rows: 243 },
      { kind: "listing", reason: "the article is a file list", rows: 92 },
    ]);
  });

  test("a long list broken by rows the parser cannot read is one listing (too long for a fix)", () => {
    const body = articleBodyLines(readCorpusTxt("Q235373"))!;
    const found = extractFileTables(body.lines); // without the title: the run's length decides
    const long = found.filter((t) => t.reason === "too long for a fix");
    expect(long.length).toBeGreaterThan(5);
    expect(found.filter((t) => t.kind === "fix").reduce((n, t) => n + t.files.length, 0)).toBeLessThan(40);
  });

  test('"copy the following files" in an installation note (Q130028)', () => {
    expect(tables("Q130028")).toEqual([
      { kind: "listing", reason: "introduced as a listing", rows: 1 },
      { kind: "listing", reason: "introduced as a listing", rows: 5 },
    ]);
  });

  test("a product's updated files on its compact disc (Q122389, Q131035)", () => {
    expect(tables("Q122389").map((t) => t.reason)).toEqual(["introduced as a listing", "introduced as a listing"]);
    expect(tables("Q131035").every((t) => t.kind === "listing")).toBe(true);
    expect(files("Q131035")).toEqual([]);
  });

  test("dir output (Q321453), and beside a real fix table (Q195144)", () => {
    expect(tables("Q321453")).toEqual([{ kind: "listing", reason: "dir output", rows: 21 }]);
    const q195144 = tables("Q195144");
    expect(q195144.filter((t) => t.kind === "listing").map((t) => t.reason)).toEqual(["dir output", "dir output"]);
    expect(q195144.filter((t) => t.kind === "fix").length).toBeGreaterThan(0);
    expect(files("Q195144").length).toBe(q195144.filter((t) => t.kind === "fix").reduce((n, t) => n + t.rows, 0));
  });

  test("a fix's own table stays a fix (the seed Q244717)", () => {
    expect(tables("Q244717")).toEqual([{ kind: "fix", reason: null, rows: 2 }]);
  });
});

describe("layouts", () => {
  test('"ASYNC.OVL (371,898 bytes, dated 12/01/94, 6:01 P.M.)": the parenthesized form (Q128403)', () => {
    expect(files("Q128403")).toEqual([
      { name: "ASYNC.OVL", size: 371898, platform: null, date: "1994-12-01", time: "18:01", version: null },
      { name: "EXTERNAL.EXE", size: 57535, platform: null, date: "1994-12-01", time: "17:46", version: null },
      { name: "X25ATLAN.OVL", size: 376890, platform: null, date: "1994-12-01", time: "18:06", version: null },
      { name: "X25EICON.OVL", size: 395898, platform: null, date: "1994-12-01", time: "18:09", version: null },
    ]);
  });
});

describe("the whole archive: layouts and listings of other products", () => {
  const ids = ["Q252302", "Q239918", "Q171404", "Q196704"];
  let texts = new Map<string, string>();
  beforeAll(async () => {
    texts = await readArchiveTxts(ids);
  }, 60_000);
  const of = (id: string) => {
    const r = parseArticle(texts.get(id)!);
    if (!r.ok) throw new Error(r.error);
    return r.article;
  };

  test("yyyy/mm/dd dates (Q252302, IIS)", () => {
    expect(of("Q252302").files).toEqual([
      { name: "W3svc.dll", size: 229024, platform: "x86", date: "1999-10-02", time: "06:11", version: "4.2.725.1" },
    ]);
  });

  test("a Windows 95 version such as 4.10.1999 is not a dotted date (Q239918)", () => {
    expect(of("Q239918").files).toEqual([
      { name: "Dlc.vxd", size: 237474, platform: null, date: "1999-07-14", time: "17:05", version: "4.10.1999" },
    ]);
  });

  test('"INFO: ODBC Files Shipped with ...", "INFO: Files Installed in ...": file-list articles', () => {
    for (const id of ["Q171404", "Q196704"]) {
      const body = articleBodyLines(texts.get(id)!)!;
      const found = extractFileTables(body.lines, body.title);
      expect(found.length, id).toBeGreaterThan(0);
      expect(
        found.every((t) => t.reason === "the article is a file list"),
        id,
      ).toBe(true);
      expect(of(id).files, id).toEqual([]);
    }
  });
});
