import type Database from "better-sqlite3";
import type { ArticleInput } from "./article-schema";
import { saveArticle, type Editor, type SaveResult } from "./save-article";

export interface RevisionInfo {
  number: number;
  createdAt: string;
  /** null for the base revision of an imported article, or a removed user */
  author: string | null;
  summary: string;
}

/** Newest first. */
export function listRevisions(db: Database.Database, kbId: string): RevisionInfo[] {
  return db
    .prepare<[string], RevisionInfo>(
      `SELECT r.number, r.createdAt, u.email AS author, r.summary
       FROM "Revision" r JOIN "Article" a ON a.id = r.articleId LEFT JOIN "User" u ON u.id = r.userId
       WHERE a.kbId = ? ORDER BY r.number DESC`,
    )
    .all(kbId);
}

export function revisionSnapshot(db: Database.Database, kbId: string, number: number): ArticleInput | null {
  const row = db
    .prepare<[string, number], { snapshot: string }>(
      `SELECT r.snapshot FROM "Revision" r JOIN "Article" a ON a.id = r.articleId WHERE a.kbId = ? AND r.number = ?`,
    )
    .get(kbId, number);
  return row ? (JSON.parse(row.snapshot) as ArticleInput) : null;
}

/** Saves an old revision's content as a new revision; history is never rewritten. */
export function restoreRevision(db: Database.Database, kbId: string, number: number, baseRevision: number, editor: Editor, ip?: string): SaveResult {
  const input = revisionSnapshot(db, kbId, number);
  if (!input) return { ok: false, status: 404, message: `${kbId} has no revision ${number}` };
  return saveArticle(db, { mode: "update", kbId, baseRevision, input, editor, ip, restoredFrom: number });
}
