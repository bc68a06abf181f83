// The whole archive (every product, 60,038 articles) imported from ../shared's tarball into a
// new database, then searched and browsed through the functions /search and /kb call.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, expect, test } from "vitest";
import { ARCHIVE } from "../lib/corpus";
import { ensureDatabase } from "../lib/db/ensure";
import { openSqlite } from "../lib/db/sqlite";
import { importArticles, type ImportSummary } from "../lib/import/import";
import { browseSchema, searchSchema } from "../lib/search/filters";

let summary: ImportSummary;

beforeAll(async () => {
  process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "kb-archive-")), "kb.db")}`;
  await ensureDatabase();
  const db = openSqlite();
  try {
    summary = await importArticles(db, [ARCHIVE]);
  } finally {
    db.close();
  }
}, 180_000);

test("every article of the archive imports, once each", () => {
  expect(summary.failures).toEqual([]);
  expect(summary.articles).toBe(60_038);
  expect(summary.created).toBe(60_038);
});

test("'exchange information store' finds Exchange articles, and the product filter keeps only them", async () => {
  const { searchArticles } = await import("../lib/search/search");
  const { browseArticles, listProducts } = await import("../lib/articles/browse");
  const { hits, total } = await searchArticles(searchSchema.parse({ q: "exchange information store", limit: 10 }));
  expect(total).toBeGreaterThan(100);
  expect(hits.filter((h) => h.product === "exchange").length).toBeGreaterThanOrEqual(9);

  const exchange = (await listProducts()).find((p) => p.id === "exchange");
  expect(exchange).toMatchObject({ label: "Exchange" });
  const page = await browseArticles(browseSchema.parse({ product: "exchange" }));
  expect(page.total).toBe(exchange?.count);
  expect(page.articles.every((a) => a.product === "exchange")).toBe(true);
  const filtered = await searchArticles(searchSchema.parse({ q: "information store", product: "exchange" }));
  expect(filtered.total).toBeGreaterThan(0);
  expect(filtered.hits.every((h) => h.product === "exchange")).toBe(true);
  // the best matches are all Exchange's: Windows NT's are found past them, not left out
  const nt = await searchArticles(searchSchema.parse({ q: "exchange information store", product: "winnt" }));
  expect(nt.hits.length).toBe(20);
  expect(nt.hits.every((h) => h.product === "winnt")).toBe(true);
});
