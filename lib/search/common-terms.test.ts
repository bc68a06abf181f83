// The cutoff for common words, on real corpus articles: a word most articles have is not
// enough on its own to make a result, and the rare words decide the ranking.
import Database from "better-sqlite3";
import { beforeAll, expect, test } from "vitest";
import { corpusDatabase } from "../db/__fixtures__/corpus-db";
import { databasePath } from "../env";
import { searchSchema } from "./filters";
import { toFtsQuery } from "./fts-query";

let share: (word: string) => number;

beforeAll(async () => {
  await corpusDatabase("common", 8);
  const db = new Database(databasePath(), { readonly: true });
  const all = (db.prepare(`SELECT count(*) AS n FROM "Article"`).get() as { n: number }).n;
  const having = db.prepare(`SELECT count(*) AS n FROM article_fts WHERE article_fts MATCH ?`);
  share = (word) => (having.get(`"${word}"`) as { n: number }).n / all;
}, 60_000);

test("a word in most articles is left out of what is ranked, and kept in 'every word'", async () => {
  const { COMMON_SHARE, withoutCommonTerms } = await import("./common-terms");
  expect(share("windows")).toBeGreaterThan(COMMON_SHARE);
  expect(share("rassrv")).toBeLessThan(COMMON_SHARE);
  const query = toFtsQuery("rassrv windows")!;
  const cut = await withoutCommonTerms(query);
  expect(cut.any).toBe('"rassrv"');
  expect(cut.all).toBe(query.all);
});

test("a query of common words only, of rare words only, or of common words and a typo is left as it is", async () => {
  const { withoutCommonTerms } = await import("./common-terms");
  for (const q of ["windows microsoft", "rassrv rasman", "windows", "windows qqqzzz", "windows microsoft qqqzzz"]) {
    const query = toFtsQuery(q)!;
    const { rarity, ...rest } = await withoutCommonTerms(query);
    expect(rest).toEqual(query);
    // the words any article has keep their rarity, for an index that ranks without it
    if (query.terms.length > 1)
      expect(rarity?.map((r) => r.term)).toEqual(query.terms.filter((t) => !t.includes("qqqzzz")));
  }
  const [common, rare] = [
    await withoutCommonTerms(toFtsQuery("windows microsoft")!),
    await withoutCommonTerms(toFtsQuery("rassrv rasman")!),
  ];
  expect(Math.min(...(rare.rarity ?? []).map((r) => r.idf))).toBeGreaterThan(
    Math.max(...(common.rarity ?? []).map((r) => r.idf)),
  );
});

test("search lists only articles with a telling word, and counts the same set", async () => {
  const { searchArticles } = await import("./search");
  const withWindows = await searchArticles(searchSchema.parse({ q: "rassrv windows" }));
  const alone = await searchArticles(searchSchema.parse({ q: "rassrv" }));
  expect(withWindows.total).toBe(alone.total);
  expect(withWindows.hits.map((h) => h.kbId).sort()).toEqual(alone.hits.map((h) => h.kbId).sort());
  expect(withWindows.hits.map((h) => h.kbId)).toContain("Q244717");
});

test("a common word beside a typo still finds what the common word finds, and the counts agree", async () => {
  const { searchArticles } = await import("./search");
  const result = await searchArticles(searchSchema.parse({ q: "windows microsoft qqqzzz" }));
  const common = await searchArticles(searchSchema.parse({ q: "windows microsoft" }));
  expect(result.hits.length).toBeGreaterThan(0);
  expect(result.total).toBe(common.total);
  expect(result.mostWords).toBe(common.everyWord);
});

test("'all but one' counts only articles that have a telling word", async () => {
  const { withoutCommonTerms } = await import("./common-terms");
  const { searchArticles } = await import("./search");
  const cut = await withoutCommonTerms(toFtsQuery("windows microsoft rassrv")!);
  expect(cut.most).toContain('AND ("rassrv")');
  const result = await searchArticles(searchSchema.parse({ q: "windows microsoft rassrv" }));
  if (result.mostWords !== null) expect(result.mostWords).toBeLessThanOrEqual(result.total);
});
