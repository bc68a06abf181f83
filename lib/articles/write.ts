import type Database from "better-sqlite3";
import { sectionsFromMarkdown } from "../kb/content";
import { articleEvidence } from "../kb/evidence";
import type { Article } from "../kb/types";
import { queryableOf } from "../db/queryable";
import { createArticleReader, type StoredArticleRow } from "./read";
import { type ArticleRows, articleRows } from "./rows";

export interface SaveCounts {
  files: number;
  fixedIn: number;
  /** evidence rows: statements, keywords, hotfix sentences, a fix list's entries */
  evidence: number;
  references: number;
}

/**
 * Writes parsed articles with prepared statements on a raw better-sqlite3 connection:
 * the importer saves ~10k articles and ~100k child rows, far past what per-query ORM
 * calls manage at 2,000 articles/s. All SQL is parameterized. The FTS index follows
 * through triggers (lib/db/fts.ts). Callers wrap batches in db.transaction().
 */
export function createArticleWriter(db: Database.Database) {
  const findId = db.prepare<[string], { id: number }>(`SELECT id FROM "Article" WHERE kbId = ?`);
  const insert = db.prepare(
    `INSERT INTO "Article" (kbId, kbNumber, title, product, lastModified, body, keywords, fileNames, versions, appliesTo, editions, footer, hotfixAvailable, createdAt, updatedAt)
     VALUES (@kbId, @kbNumber, @title, @product, @lastModified, @body, @keywords, @fileNames, @versions, @appliesTo, @editions, @footer, @hotfixAvailable, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE "Article" SET title = @title, product = @product, lastModified = @lastModified, body = @body, keywords = @keywords, fileNames = @fileNames,
       versions = @versions, appliesTo = @appliesTo, editions = @editions, footer = @footer, hotfixAvailable = @hotfixAvailable,
       updatedAt = @now, deletedAt = NULL
     WHERE id = @id`,
  );
  const clear = ["HotfixFile", "Evidence", "Reference", "ArticleKeyword", "AppliesTo"].map((table) =>
    db.prepare(`DELETE FROM "${table}" WHERE ${table === "Reference" ? "sourceId" : "articleId"} = ?`),
  );
  const insertFile = db.prepare(
    `INSERT INTO "HotfixFile" (articleId, position, name, nameKey, size, platform, date, time, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvidence = prepareEvidenceInsert(db);
  const insertReference = db.prepare(`INSERT OR IGNORE INTO "Reference" (sourceId, targetKbId) VALUES (?, ?)`);
  const insertKeyword = db.prepare(`INSERT OR IGNORE INTO "ArticleKeyword" (articleId, keyword) VALUES (?, ?)`);
  const insertTarget = db.prepare(
    `INSERT INTO "AppliesTo" (articleId, release, servicePack, edition) VALUES (?, ?, ?, ?)`,
  );

  /** Inserts or replaces one article with all its rows; returns its id and row counts. */
  const saveRows = (rows: ArticleRows): { id: number; created: boolean } & SaveCounts => {
    const row = { ...rows.article, now: new Date().toISOString() };
    const existing = findId.get(row.kbId);
    let id: number;
    if (existing) {
      id = existing.id;
      update.run({ ...row, id });
      for (const stmt of clear) stmt.run(id);
    } else {
      id = Number(insert.run(row).lastInsertRowid);
    }
    for (const [i, f] of rows.files.entries())
      insertFile.run(id, i, f.name, f.name.toLowerCase(), f.size, f.platform, f.date, f.time, f.version);
    for (const e of rows.evidence)
      insertEvidence.run(id, e.target ?? row.kbId, e.kind, e.release, e.edition, e.servicePack, e.quote, e.section);
    for (const ref of rows.references) insertReference.run(id, ref);
    for (const k of rows.keywords) insertKeyword.run(id, k);
    for (const t of rows.targets) insertTarget.run(id, t.release, t.servicePack, t.edition);
    return {
      id,
      created: !existing,
      files: rows.files.length,
      fixedIn: rows.fixedIn,
      evidence: rows.evidence.length,
      references: rows.references.length,
    };
  };
  return { saveRows, save: (article: Article) => saveRows(articleRows(article)) };
}

/**
 * Derives every live article's evidence rows again from its stored text: run once when the
 * migration that introduced keyword and fix-list evidence meets a database that holds articles.
 */
export async function rederiveEvidence(db: Database.Database): Promise<number> {
  const reader = createArticleReader(queryableOf(db));
  const ids = db.prepare<[], { kbId: string }>(`SELECT kbId FROM "Article" WHERE deletedAt IS NULL`).all();
  const drop = db.prepare(`DELETE FROM "Evidence" WHERE articleId = ?`);
  const insert = prepareEvidenceInsert(db);
  const rederive = db.transaction((stored: StoredArticleRow[]) => {
    let rows = 0;
    for (const { rowId, body, deletedAt: _deleted, kbId: id, ...facts } of stored) {
      const article = { id, ...facts, sections: sectionsFromMarkdown(body), references: [] };
      drop.run(rowId);
      for (const e of articleEvidence(article)) {
        insert.run(rowId, e.target ?? id, e.kind, e.release, e.edition, e.servicePack, e.quote, e.section);
        rows++;
      }
    }
    return rows;
  });
  // read a chunk, write it in one transaction: an article's drop and inserts are never apart
  let rows = 0;
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = await Promise.all(ids.slice(i, i + 500).map(({ kbId }) => reader.find(kbId)));
    rows += rederive.immediate(chunk.filter((row) => row !== null));
  }
  return rows;
}

function prepareEvidenceInsert(db: Database.Database) {
  return db.prepare(
    `INSERT INTO "Evidence" (articleId, targetKbId, kind, release, edition, servicePack, quote, section) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
}
