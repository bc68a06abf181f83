// The importer on a real PostgreSQL server writes what it writes on SQLite: the same corpus
// articles into both, then every table compared row for row (by article id, not row id).
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { TXT_DIR, txtPath } from "../corpus";
import { postgresDatabase, postgresUrl } from "../db/__fixtures__/postgres-db";
import { openPostgres } from "../db/postgres";
import { openSqlite } from "../db/sqlite";
import { queryableOf } from "../db/queryable";
import type { WriteTarget } from "../db/write-target";
import { createArticleReader } from "../articles/read";

const files = readdirSync(TXT_DIR)
  .sort()
  .filter((dir) => dir >= "240")
  .slice(0, 5)
  .flatMap((dir) => readdirSync(join(TXT_DIR, dir)).map((f) => join(TXT_DIR, dir, f)));
const paths = [...files, txtPath("Q244717"), txtPath("Q238171")];

const TABLES = {
  Article: `SELECT "kbId", title, product, "lastModified", body, keywords, "fileNames", versions, "appliesTo", editions, footer, "hotfixAvailable" FROM "Article"`,
  HotfixFile: `SELECT a."kbId", h.position, h.name, h."nameKey", h.size, h.platform, h.date, h.time, h.version FROM "HotfixFile" h JOIN "Article" a ON a.id = h."articleId"`,
  Evidence: `SELECT a."kbId", e."targetKbId", e.kind, e.release, e.edition, e."servicePack", e.quote, e.section FROM "Evidence" e JOIN "Article" a ON a.id = e."articleId"`,
  Reference: `SELECT a."kbId", r."targetKbId" FROM "Reference" r JOIN "Article" a ON a.id = r."sourceId"`,
  ArticleKeyword: `SELECT a."kbId", k.keyword FROM "ArticleKeyword" k JOIN "Article" a ON a.id = k."articleId"`,
  AppliesTo: `SELECT a."kbId", t.release, t."servicePack", t.edition FROM "AppliesTo" t JOIN "Article" a ON a.id = t."articleId"`,
};
// one spelling of a row for both databases: SQLite's 0/1 is PostgreSQL's boolean
const canonical = (rows: Record<string, unknown>[]) =>
  rows.map((r) => JSON.stringify(Object.values(r).map((v) => (typeof v === "boolean" ? Number(v) : v)))).sort();

describe.runIf(postgresUrl)("import into PostgreSQL", () => {
  const sqliteRows: Record<string, string[]> = {};
  const postgresRows: Record<string, string[]> = {};
  let summaries: unknown[] = [];
  const exported: string[][] = [];
  /** every article as `kb export` reads it back */
  const readBack = async (target: WriteTarget) => {
    const out: string[] = [];
    for await (const article of createArticleReader(queryableOf(target)).articles()) out.push(JSON.stringify(article));
    return out;
  };

  beforeAll(async () => {
    const { importArticles } = await import("./import");
    const { ensureDatabase } = await import("../db/ensure");
    process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "kb-pg-import-")), "kb.db")}`;
    await ensureDatabase();
    const db = openSqlite();
    const sqliteSummary = await importArticles(db, paths, { batchSize: 100 });
    for (const [table, sql] of Object.entries(TABLES)) sqliteRows[table] = canonical(db.prepare(sql).all() as never);
    exported.push(await readBack(db));
    db.close();

    process.env.DATABASE_URL = await postgresDatabase("import");
    await ensureDatabase();
    const pool = openPostgres(process.env.DATABASE_URL);
    // twice: the second time replaces every article, as a re-import does
    await importArticles(pool, paths, { batchSize: 100 });
    const postgresSummary = await importArticles(pool, paths, { batchSize: 100 });
    for (const [table, sql] of Object.entries(TABLES)) postgresRows[table] = canonical((await pool.query(sql)).rows);
    exported.push(await readBack(pool));
    await pool.end();
    const { seconds: _a, ...a } = sqliteSummary;
    const { seconds: _b, created: _c, ...b } = postgresSummary;
    summaries = [a, { ...b, created: a.created }];
  }, 120_000);

  test("the summary counts the same articles and rows", () => {
    const [sqlite, postgres] = summaries as { articles: number }[];
    expect(sqlite.articles).toBeGreaterThan(200);
    expect(postgres).toEqual(sqlite);
  });

  test("kb export reads back the same articles", () => {
    expect(exported[0]?.length).toBeGreaterThan(200);
    expect(exported[1]).toEqual(exported[0]);
  });

  test.each(Object.keys(TABLES))("%s holds the same rows", (table) => {
    expect(sqliteRows[table]?.length).toBeGreaterThan(0);
    expect(postgresRows[table]).toEqual(sqliteRows[table]);
  });
});
