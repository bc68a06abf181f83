import type Database from "better-sqlite3";
import { createArticleWriter } from "../articles/write";
import { insertAudit, type AuditAction } from "../audit/record";
import { sqlite } from "../db/client";
import { failure, type Failure } from "../errors";
import type { ArticleInput } from "./article-schema";
import { changeSummary } from "./snapshot";
import { readStoredArticle } from "./stored-article";
import { toArticle } from "./to-article";

export interface Editor {
  id: number;
  email: string;
}

export type SaveResult = { ok: true; kbId: string; revision: number } | Failure;

export type SaveRequest =
  | { mode: "create"; input: ArticleInput; editor: Editor; ip?: string }
  | {
      mode: "update";
      kbId: string;
      /** the revision the user's edit started from: saving over a newer one is refused */
      baseRevision: number;
      input: ArticleInput;
      editor: Editor;
      ip?: string;
      /** set when restoring an old revision, for the summary and the audit log */
      restoredFrom?: number;
    };

function insertRevision(
  db: Database.Database,
  articleId: number,
  number: number,
  userId: number | null,
  input: ArticleInput,
  summary: string,
) {
  db.prepare(
    `INSERT INTO "Revision" (articleId, number, userId, createdAt, snapshot, summary) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(articleId, number, userId, new Date().toISOString(), JSON.stringify(input), summary);
}

function lastEditor(db: Database.Database, articleId: number, number: number): string {
  const row = db
    .prepare<[number, number], { email: string | null; createdAt: string }>(
      `SELECT u.email, r.createdAt FROM "Revision" r LEFT JOIN "User" u ON u.id = r.userId WHERE r.articleId = ? AND r.number = ?`,
    )
    .get(articleId, number);
  return row ? `${row.email ?? "someone"} at ${row.createdAt.slice(0, 16).replace("T", " ")} UTC` : "someone";
}

/**
 * Creates or updates an article through the importer's writer (so search, files,
 * fixed-in facts and references follow) and records the revision and the audit row,
 * all in one transaction: either everything is saved or nothing is. It takes the write lock
 * first (IMMEDIATE): a transaction that reads and then writes cannot wait for another server
 * process's save, SQLite refuses it at once (SQLITE_BUSY), where IMMEDIATE waits its turn.
 */
export async function saveArticle(req: SaveRequest): Promise<SaveResult> {
  const db = sqlite();
  const writer = createArticleWriter(db);
  return db
    .transaction((): SaveResult => {
      const kbId = req.mode === "create" ? req.input.id : req.kbId;
      const stored = readStoredArticle(db, kbId);
      let action: AuditAction;
      let summary: string;
      let number: number;
      if (req.mode === "create") {
        if (stored)
          return failure(
            "conflict",
            `${kbId} already exists${stored.deletedAt ? " (deleted: restore it from the article list)" : ""}`,
            "id",
          );
        action = "article.create";
        summary = "created";
        number = 1;
      } else {
        if (!stored) return failure("not-found", `${kbId} does not exist`);
        if (req.input.id !== kbId) return failure("invalid", "cannot be changed; create a new article instead", "id");
        if (stored.deletedAt) return failure("conflict", `${kbId} is deleted: restore it before editing`);
        if (req.baseRevision !== stored.revision) {
          return failure(
            "conflict",
            `${kbId} was changed by ${lastEditor(db, stored.rowId, stored.revision)} (revision ${stored.revision}) after you started editing revision ${req.baseRevision}. Your text is kept below: copy your changes, reload, and apply them again.`,
          );
        }
        if (stored.revision === 0) insertRevision(db, stored.rowId, 1, null, stored.input, "imported");
        number = Math.max(stored.revision, 1) + 1;
        action = req.restoredFrom ? "article.revert" : "article.edit";
        summary = req.restoredFrom ? `restored revision ${req.restoredFrom}` : changeSummary(stored.input, req.input);
      }
      const saved = writer.save(toArticle(req.input));
      insertRevision(db, saved.id, number, req.editor.id, req.input, summary);
      insertAudit(db, {
        userId: req.editor.id,
        actor: req.editor.email,
        action,
        target: kbId,
        detail: `revision ${number}: ${summary}`,
        ip: req.ip,
      });
      return { ok: true, kbId, revision: number };
    })
    .immediate();
}

/** Soft delete (hidden everywhere, restorable) or restore. */
export async function setArticleDeleted(
  kbId: string,
  deleted: boolean,
  editor: Editor,
  ip?: string,
): Promise<SaveResult> {
  const db = sqlite();
  return db
    .transaction((): SaveResult => {
      const stored = readStoredArticle(db, kbId);
      if (!stored) return failure("not-found", `${kbId} does not exist`);
      if (!!stored.deletedAt === deleted) return { ok: true, kbId, revision: stored.revision };
      db.prepare(`UPDATE "Article" SET deletedAt = ? WHERE id = ?`).run(
        deleted ? new Date().toISOString() : null,
        stored.rowId,
      );
      insertAudit(db, {
        userId: editor.id,
        actor: editor.email,
        action: deleted ? "article.delete" : "article.restore",
        target: kbId,
        ip,
      });
      return { ok: true, kbId, revision: stored.revision };
    })
    .immediate();
}
