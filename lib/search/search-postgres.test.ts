// Search on a real PostgreSQL server, through the paths only a larger corpus takes: a common word
// beside telling ones (left out of what is ranked), and "all but one" when no article has every word.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { TXT_DIR, txtPath } from "../corpus";
import { postgresDatabase, postgresUrl } from "../db/__fixtures__/postgres-db";
import { Prisma } from "../generated/prisma/client";
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

  test("a rare word outweighs a frequent one, as in bm25 (ts_rank alone weighs them alike)", async () => {
    const { searchArticles } = await import("./search");
    const hits = (await searchArticles(searchSchema.parse({ q: "connection server rassrv" }))).hits;
    expect(hits.slice(0, 3).map((h) => h.kbId)).toContain("Q244717");
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

  test("a file name in the text is marked as one, as FTS5 marks it", async () => {
    const { searchArticles } = await import("./search");
    const hit = (await searchArticles(searchSchema.parse({ q: "rassrv.exe" }))).hits.find((h) => h.kbId === "Q244717");
    expect(hit?.snippet).toContain("<mark>Rassrv.exe</mark>");
    expect(hit?.section).toBe("cause");
  });

  test("the words marked are those PostgreSQL's own ts_headline() marks in the index's words", async () => {
    const { prisma } = await import("../db/client");
    const { searchIndex } = await import("./index-sql");
    const { toFtsQuery } = await import("./fts-query");
    const { markByStems } = await import("./postgres-marks");
    const { MATCH_CLOSE, MATCH_OPEN } = await import("./snippet");
    const words = (text: string) =>
      [...text.matchAll(new RegExp(`${MATCH_OPEN}([^${MATCH_CLOSE}]*)${MATCH_CLOSE}`, "g"))].map((m) =>
        m[1].toLowerCase(),
      );
    for (const q of ["printer spooler", "port unavailable", "service pack 4", "connection reset", "registry valu"]) {
      const match = toFtsQuery(q, { syntax: "tsquery" })?.any ?? "";
      expect(match).not.toContain("<->"); // ts_headline() marks a phrase's words anywhere
      const ids = (
        await prisma.$queryRaw<{ id: number }[]>`
          SELECT id FROM "Article" WHERE search @@ to_tsquery('kb', ${match}) ORDER BY id LIMIT 10`
      ).map((r) => r.id);
      expect(ids.length).toBeGreaterThan(0);
      const ours = await markByStems(
        await prisma.$queryRaw<{ id: number; body: string; query: string }[]>`${searchIndex().marked(ids, match)}`,
      );
      const theirs = await prisma.$queryRaw<{ id: number; body: string }[]>`
        SELECT id, ts_headline('kb', kb_words(body), to_tsquery('kb', ${match}),
          ${`HighlightAll=true, StartSel=${MATCH_OPEN}, StopSel=${MATCH_CLOSE}`}) AS body
        FROM "Article" WHERE id IN (${Prisma.join(ids)})`;
      const expected = new Map(theirs.map((t) => [t.id, words(t.body)]));
      for (const row of ours) expect(words(row.body), `${q}: article ${row.id}`).toEqual(expected.get(row.id));
      expect(ours.flatMap((row) => words(row.body)).length, q).toBeGreaterThan(0);
    }
  });

  test("file names are suggested by pg_trgm as the in-memory measure suggests them on SQLite", async () => {
    const { shippedFileNames, similarFileNames, SUGGESTIONS } = await import("../articles/file-names");
    const { similarNames } = await import("./trigrams");
    const names = await shippedFileNames();
    expect(names.length).toBeGreaterThan(20);
    // each name misspelt three ways, and a part of it
    const queries = names
      .slice(0, 40)
      .flatMap(({ key }) => [key.slice(1), key.slice(0, 2) + key.slice(3), `${key.slice(0, -1)}x`, key.slice(0, 4)]);
    for (const q of [...queries, "rasrv.exe", "msv1_0", "%", "_"]) {
      const found = await similarFileNames(q);
      expect(found, q).toEqual(similarNames(names, q, SUGGESTIONS));
    }
    expect((await similarFileNames("rasrv.exe"))[0]?.name).toBe("Rassrv.exe");
  });
});
