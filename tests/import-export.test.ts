// The import pipeline end to end on real SQLite files: bad files are reported and skipped,
// and `kb export` output imports back to the same database contents.
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createArticleReader } from "../lib/articles/read";
import { queryableOf } from "../lib/db/queryable";
import { txtPath } from "../lib/corpus";
import { ensureDatabase } from "../lib/db/ensure";
import { openSqlite } from "../lib/db/sqlite";
import { importArticles } from "../lib/import/import";
import { serializeArticle } from "../lib/kb";
import { SEED_ARTICLES } from "../e2e/support/seed";

// The e2e seed articles (several file-table layouts), the project's first seed and a 3.51 article.
const SAMPLE = [...SEED_ARTICLES, "Q244717", "Q74950"];
const samplePaths = SAMPLE.map(txtPath);
const dir = mkdtempSync(join(tmpdir(), "kb-import-"));
const saved = process.env.DATABASE_URL;

async function freshDb(name: string) {
  process.env.DATABASE_URL = `file:${join(dir, name)}`;
  await ensureDatabase();
  return openSqlite();
}

/** Everything an article is in the database, without ids and timestamps. */
function dump(db: ReturnType<typeof openSqlite>) {
  return db
    .prepare(`SELECT * FROM "Article" ORDER BY kbId`)
    .all()
    .map((a) => {
      const { id, createdAt, updatedAt, ...row } = a as Record<string, unknown>;
      const rows = (table: string, fk: string, order: string) =>
        db
          .prepare(`SELECT * FROM "${table}" WHERE ${fk} = ? ORDER BY ${order}`)
          .all(id)
          .map((r) => {
            const { id: _id, articleId, sourceId, ...rest } = r as Record<string, unknown>;
            return rest;
          });
      return {
        ...row,
        files: rows("HotfixFile", "articleId", "position"),
        evidence: rows("Evidence", "articleId", "id"),
        references: rows("Reference", "sourceId", "targetKbId"),
        keywords: rows("ArticleKeyword", "articleId", "keyword"),
        appliesTo: rows("AppliesTo", "articleId", "id"),
      };
    });
}

beforeAll(() => {
  writeFileSync(join(dir, "Q1.TXT"), "TITLE   :no document line\n");
  writeFileSync(join(dir, "bad-yaml.md"), "---\nid: Q900001\ntitle: [unclosed\n---\n\n## Symptoms\n");
  writeFileSync(
    join(dir, "bad-file-row.md"),
    "---\nid: Q900002\ntitle: Bad row\nproduct: winnt\nlastModified: null\nversions: []\nappliesTo: []\neditions: []\nkeywords: []\nfooter: {keywords: [], technology: [], version: null, hardware: [], issueType: null, solutionType: null}\nfixedIn: []\nhotfixAvailable: false\nfiles:\n  - { name: A.dll, size: big, platform: x86, date: null, time: null, version: null }\n---\n",
  );
});
afterAll(() => {
  process.env.DATABASE_URL = saved;
});

describe("kb import", () => {
  test("reports each bad file with its path and line, and imports the rest", async () => {
    const db = await freshDb("bad.db");
    const failures: string[] = [];
    const summary = await importArticles(
      db,
      [
        ...samplePaths,
        join(dir, "Q1.TXT"),
        join(dir, "bad-yaml.md"),
        join(dir, "bad-file-row.md"),
        join(dir, "missing.TXT"),
      ],
      {
        onFailure: (f) => failures.push(f.file),
      },
    );
    expect(summary.articles).toBe(SAMPLE.length);
    expect(summary.failures.map((f) => f.file)).toEqual(failures);
    const byFile = Object.fromEntries(summary.failures.map((f) => [f.file.split("/").pop(), f]));
    expect(Object.keys(byFile).sort()).toEqual(["Q1.TXT", "bad-file-row.md", "bad-yaml.md", "missing.TXT"]);
    expect(byFile["Q1.TXT"]).toMatchObject({ error: expect.stringMatching(/DOCUMENT/), line: 1 });
    expect(byFile["bad-yaml.md"].line).toBe(3);
    expect(byFile["bad-file-row.md"]).toMatchObject({
      error: expect.stringMatching(/files\.0\.size/),
      line: expect.any(Number),
    });
    expect(summary.files).toBeGreaterThan(10);
    expect((db.prepare(`SELECT count(*) AS n FROM "Article"`).get() as { n: number }).n).toBe(SAMPLE.length);
    db.close();
  });

  test("importing the same files twice changes nothing", async () => {
    const db = await freshDb("twice.db");
    await importArticles(db, samplePaths);
    const first = dump(db);
    await importArticles(db, samplePaths);
    expect(dump(db)).toEqual(first);
    db.close();
  });

  test("export then import gives the same database contents", async () => {
    const a = await freshDb("a.db");
    await importArticles(a, samplePaths);
    const out = join(dir, "export");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(out);
    for await (const article of createArticleReader(queryableOf(a)).articles())
      writeFileSync(join(out, `${article.id}.md`), serializeArticle(article));
    expect(readdirSync(out)).toHaveLength(SAMPLE.length);
    const b = await freshDb("b.db");
    const summary = await importArticles(b, [out]);
    expect(summary.failures).toEqual([]);
    expect(dump(b)).toEqual(dump(a));
    a.close();
    b.close();
  });

  test("the search index follows imports", async () => {
    const db = await freshDb("fts.db");
    await importArticles(db, samplePaths);
    const hits = db
      .prepare(`SELECT a.kbId FROM article_fts JOIN "Article" a ON a.id = article_fts.rowid WHERE article_fts MATCH ?`)
      .all('"rassrv exe"');
    expect(hits.map((h) => (h as { kbId: string }).kbId).sort()).toEqual(["Q238171", "Q244717"]);
    db.close();
  });
});
