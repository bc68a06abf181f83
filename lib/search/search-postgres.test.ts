// Search on a real PostgreSQL server, through the paths only a larger corpus takes: a common word
// beside telling ones (left out of what is ranked), and "all but one" when no article has every word.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { TXT_DIR, txtPath } from "../corpus";
import { postgresDatabase, postgresUrl } from "../db/__fixtures__/postgres-db";
import { searchSchema } from "./filters";

describe.runIf(postgresUrl)("search on PostgreSQL", () => {
  beforeAll(async () => {
    process.env.DATABASE_URL = await postgresDatabase("search");
    const { ensureDatabase } = await import("../db/ensure");
    const { openPostgres } = await import("../db/postgres");
    const { importArticles } = await import("../import/import");
    await ensureDatabase();
    const files = readdirSync(TXT_DIR)
      .sort()
      .filter((dir) => dir >= "240")
      .slice(0, 5)
      .flatMap((dir) => readdirSync(join(TXT_DIR, dir)).map((f) => join(TXT_DIR, dir, f)));
    const pool = openPostgres(process.env.DATABASE_URL);
    await importArticles(pool, [...files, txtPath("Q244717"), txtPath("Q238171")]);
    await pool.end();
  }, 120_000);

  test("a common word beside telling ones is left out of the ranking, and the telling ones find the article", async () => {
    const { searchArticles } = await import("./search");
    const { searchFacets } = await import("./facets");
    // "windows" is in most of these articles
    const p = searchSchema.parse({ q: "windows rassrv rasman" });
    const result = await searchArticles(p);
    expect(result.hits.map((h) => h.kbId)).toContain("Q244717");
    const { counts } = await searchFacets(p);
    expect(Object.values(counts.product).reduce((a, b) => a + b, 0)).toBe(result.everyWord);
  });

  test("when no article has every word, all but one is counted", async () => {
    const { searchArticles } = await import("./search");
    const { searchFacets } = await import("./facets");
    const p = searchSchema.parse({ q: "windows rassrv rasman zebraquokka" });
    const result = await searchArticles(p);
    expect(result.everyWord).toBe(0);
    expect(result.mostWords).toBeGreaterThan(0);
    expect((await searchFacets(p)).words).toBe("most");
  });

  test("matches are marked in the snippet and the section is found", async () => {
    const { searchArticles } = await import("./search");
    const hit = (await searchArticles(searchSchema.parse({ q: "ras port unavailable terminal" }))).hits.find(
      (h) => h.kbId === "Q244717",
    );
    expect(hit?.snippet).toMatch(/<mark>/);
    expect(hit?.section).toBeTruthy();
  });
});
