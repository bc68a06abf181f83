import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureDatabase } from "../db/ensure";
import { openSqlite } from "../db/sqlite";
import { createArticleWriter } from "../articles/write";
import { hasCorpus, txtPath } from "../corpus";
import { importArticles } from "../import/import";
import { parseArticleFile } from "../kb/node";
import { articleInputSchema, type ArticleInput } from "./article-schema";
import { toArticle } from "./to-article";

// the database is chosen before the modules that hold its connections are loaded
process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "kb-admin-")), "kb.db")}`;
const { listRevisions, restoreRevision } = await import("./revisions");
const { saveArticle, setArticleDeleted } = await import("./save-article");
const { getStoredArticle } = await import("./stored-article");

let db: Database.Database;
const editor = { id: 1, email: "ed@example.com" };

/** An edit of `kbId` based on revision `baseRevision`, by the test's editor. */
const update = (kbId: string, baseRevision: number, input: ArticleInput) =>
  saveArticle({ mode: "update", kbId, baseRevision, input, editor });

function article(overrides: Partial<ArticleInput> = {}): ArticleInput {
  return articleInputSchema.parse({
    id: "Q900001",
    title: "Rassrv.exe stops",
    product: "winnt",
    lastModified: "1999-12-01",
    versions: ["4.0"],
    editions: [],
    keywords: ["kbbug"],
    fixedIn: [{ release: "4.0", servicePack: "SP6a" }],
    body: "## Symptoms\n\nSee also Q244717.",
    files: [{ name: "Rassrv.exe", size: 61712, platform: "x86", date: "1999-11-30", time: "17:05", version: null }],
    ...overrides,
  });
}

beforeAll(async () => {
  await ensureDatabase();
  db = openSqlite();
  db.prepare(
    `INSERT INTO "User" (id, email, role, passwordHash, createdAt, updatedAt) VALUES (1, 'ed@example.com', 'editor', 'x', '2001-01-01', '2001-01-01')`,
  ).run();
});

describe("saveArticle", () => {
  it("creates an article with revision 1, searchable, with its files, fixed-in and references", async () => {
    expect(await saveArticle({ mode: "create", input: article(), editor })).toEqual({
      ok: true,
      kbId: "Q900001",
      revision: 1,
    });
    expect(db.prepare(`SELECT rowid FROM article_fts WHERE article_fts MATCH 'rassrv'`).all()).toHaveLength(1);
    expect(db.prepare(`SELECT count(*) AS n FROM "HotfixFile"`).get()).toEqual({ n: 1 });
    expect(db.prepare(`SELECT targetKbId FROM "Reference"`).all()).toEqual([{ targetKbId: "Q244717" }]);
    expect(db.prepare(`SELECT action, target FROM "AuditLog"`).all()).toContainEqual({
      action: "article.create",
      target: "Q900001",
    });
  });

  it("refuses to create an id that exists", async () => {
    expect(await saveArticle({ mode: "create", input: article(), editor })).toMatchObject({
      ok: false,
      error: { code: "conflict", field: "id" },
    });
  });

  it("saves an edit based on the latest revision and summarizes the change", async () => {
    expect(await update("Q900001", 1, article({ title: "New title" }))).toMatchObject({ ok: true, revision: 2 });
    expect((await listRevisions("Q900001"))[0]).toMatchObject({
      number: 2,
      summary: "title changed",
      author: "ed@example.com",
    });
  });

  it("refuses an edit based on an old revision", async () => {
    const result = await update("Q900001", 1, article({ title: "Lost?" }));
    expect(result).toMatchObject({ ok: false, error: { code: "conflict" } });
    expect(db.prepare(`SELECT title FROM "Article" WHERE kbId = 'Q900001'`).get()).toEqual({ title: "New title" });
  });

  it("restores an old revision as a new one", async () => {
    expect(await restoreRevision("Q900001", 1, 2, editor)).toMatchObject({ ok: true, revision: 3 });
    expect(db.prepare(`SELECT title FROM "Article" WHERE kbId = 'Q900001'`).get()).toEqual({
      title: "Rassrv.exe stops",
    });
    expect((await listRevisions("Q900001"))[0].summary).toBe("restored revision 1");
  });

  it("records an imported article as the base revision on its first edit", async () => {
    createArticleWriter(db).save(toArticle(article({ id: "Q900002", title: "Imported" })));
    expect(await listRevisions("Q900002")).toEqual([]);
    expect(await update("Q900002", 0, article({ id: "Q900002", title: "Edited" }))).toMatchObject({
      ok: true,
      revision: 2,
    });
    expect((await listRevisions("Q900002")).map((r) => [r.number, r.summary])).toEqual([
      [2, "title changed"],
      [1, "imported"],
    ]);
  });

  it("soft-deletes and restores", async () => {
    await setArticleDeleted("Q900002", true, editor);
    expect(db.prepare(`SELECT deletedAt IS NOT NULL AS deleted FROM "Article" WHERE kbId = 'Q900002'`).get()).toEqual({
      deleted: 1,
    });
    expect(await update("Q900002", 2, article({ id: "Q900002" }))).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
    await setArticleDeleted("Q900002", false, editor);
    expect(db.prepare(`SELECT deletedAt FROM "Article" WHERE kbId = 'Q900002'`).get()).toEqual({ deletedAt: null });
  });
});

describe.skipIf(!hasCorpus)("references of an admin save", () => {
  const references = (kbId: string) =>
    db
      .prepare<[string], { targetKbId: string }>(
        `SELECT r.targetKbId FROM "Reference" r JOIN "Article" a ON a.id = r.sourceId WHERE a.kbId = ? ORDER BY r.targetKbId`,
      )
      .all(kbId)
      .map((r) => r.targetKbId);

  // Q194507 cites by support.microsoft.com URL; Q105401's file table lists Q2200523.PPD, a file, not an article.
  it.each(["Q244717", "Q194507", "Q105401"])(
    "saving imported %s unchanged keeps the importer's references",
    async (id) => {
      const parsed = parseArticleFile(txtPath(id));
      if (!parsed.ok) throw new Error(parsed.error);
      await importArticles(db, [txtPath(id)]);
      expect(references(id)).toEqual(parsed.article.references);
      const stored = (await getStoredArticle(id))!;
      expect(await update(id, 0, stored.input)).toMatchObject({ ok: true });
      expect(references(id)).toEqual(parsed.article.references);
    },
  );
});
