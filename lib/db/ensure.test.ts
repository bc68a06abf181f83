import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { ensureDatabase } from "./ensure";
import { migrationNames } from "./migrate";

/** A database as a kill -9 during its first migration leaves it: the engine's row unfinished, half a table. */
async function interrupted(withData: boolean): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), "kb-ensure-")), "kb.db");
  const db = new Database(path);
  db.exec(`CREATE TABLE "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL,
    "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
  const [first] = await migrationNames("sqlite");
  db.prepare(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'x', ?)`).run(first);
  db.exec(`CREATE TABLE "Article" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "kbId" TEXT NOT NULL)`);
  if (withData) db.exec(`INSERT INTO "Article" (kbId) VALUES ('Q244717')`);
  db.close();
  return path;
}

describe("ensureDatabase after an interrupted first migration", () => {
  it("makes an empty database anew, with every migration applied", async () => {
    const path = await interrupted(false);
    process.env.DATABASE_URL = `file:${path}`;
    const result = await ensureDatabase();
    expect(result.applied).toEqual(await migrationNames("sqlite"));
    const db = new Database(path, { readonly: true });
    const columns = db.prepare(`SELECT name FROM pragma_table_info('Article')`).all() as { name: string }[];
    db.close();
    expect(columns.map((c) => c.name)).toContain("kbNumber");
  });

  it("refuses to touch one that holds data, and says why", async () => {
    process.env.DATABASE_URL = `file:${await interrupted(true)}`;
    await expect(ensureDatabase()).rejects.toThrow(/was interrupted and the database holds data/);
  });
});

/** A new database holding these corpus articles, open. */
async function databaseWith(ids: string[]): Promise<Database.Database> {
  const path = join(mkdtempSync(join(tmpdir(), "kb-ensure-")), "kb.db");
  process.env.DATABASE_URL = `file:${path}`;
  await ensureDatabase();
  const db = new Database(path);
  const { importArticles } = await import("../import/import");
  const { txtPath } = await import("../corpus");
  await importArticles(db, ids.map(txtPath));
  return db;
}

describe("ensureDatabase on a database from before the evidence migration", () => {
  it("derives the keyword, fix-list and hotfix evidence of the stored articles once", async () => {
    const db = await databaseWith(["Q238171", "Q244690"]);
    const kinds = () =>
      db.prepare(`SELECT kind, count(*) AS n FROM "Evidence" GROUP BY kind ORDER BY kind`).all() as { kind: string }[];
    const derived = kinds();
    // What the migration leaves: the old fixed-in rows as statements without their sentence.
    db.exec(
      `DELETE FROM "Evidence" WHERE kind <> 'statement'; UPDATE "Evidence" SET quote = ''; PRAGMA user_version = 0`,
    );
    await ensureDatabase();
    expect(kinds()).toEqual(derived);
    expect(derived.map((k) => k.kind)).toEqual(["fix-list", "keyword", "statement"]);
    expect(db.prepare(`SELECT count(*) AS n FROM "Evidence" WHERE quote = ''`).get()).toEqual({ n: 0 });
    expect(db.pragma("user_version", { simple: true })).toBe(1);
    db.close();
  });
});

describe("ensureDatabase on a database whose search index keeps its own copy of the text", () => {
  it("replaces it with one that reads the articles, and every article is found again", async () => {
    const db = await databaseWith(["Q238171", "Q244717"]);
    // The index as releases before this one created it.
    db.exec(`DROP TABLE article_fts;
      DROP TRIGGER article_fts_insert; DROP TRIGGER article_fts_update; DROP TRIGGER article_fts_delete;
      CREATE VIRTUAL TABLE article_fts USING fts5(title, body, keywords, files, tokenize = 'unicode61 remove_diacritics 2');
      INSERT INTO article_fts(rowid, title, body, keywords, files) SELECT id, title, body, keywords, fileNames FROM "Article";`);
    await ensureDatabase();
    const found = (q: string) =>
      (
        db
          .prepare(
            `SELECT a.kbId FROM article_fts JOIN "Article" a ON a.id = article_fts.rowid WHERE article_fts MATCH ? ORDER BY a.kbId`,
          )
          .all(q) as { kbId: string }[]
      ).map((r) => r.kbId);
    expect(found("ras")).toEqual(["Q238171", "Q244717"]);
    expect(found("fileNames:rassrv")).toEqual(["Q244717"]);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'article_fts_content'`).get()).toBeUndefined();
    // The triggers follow edits and deletes: the old text is gone from the index, the new is there.
    db.prepare(`UPDATE "Article" SET title = 'Zebra printer' WHERE kbId = 'Q238171'`).run();
    expect(found("zebra")).toEqual(["Q238171"]);
    db.prepare(`DELETE FROM "Article" WHERE kbId = 'Q244717'`).run();
    expect(found("ras")).toEqual(["Q238171"]);
    db.prepare(`INSERT INTO article_fts(article_fts) VALUES ('integrity-check')`).run();
    db.close();
  });

  it("brings back triggers that a rebuild of the Article table dropped, and indexes what came in meanwhile", async () => {
    const db = await databaseWith(["Q238171"]);
    db.exec(`DROP TRIGGER article_fts_insert`); // what SQLite does to a table's triggers when the table is rebuilt
    const { importArticles } = await import("../import/import");
    const { txtPath } = await import("../corpus");
    await importArticles(db, [txtPath("Q244717")]); // written while the index did not follow
    const rassrv = () => db.prepare(`SELECT rowid FROM article_fts WHERE article_fts MATCH 'rassrv'`).all();
    expect(rassrv()).toHaveLength(1); // Q238171 only
    await ensureDatabase();
    expect(rassrv()).toHaveLength(2);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'article_fts_insert'`).get()).toBeDefined();
    db.close();
  });
});
