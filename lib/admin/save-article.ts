import { isoTime } from "../articles/read";
import { articleRows } from "../articles/rows";
import { insertAudit, type AuditAction } from "../audit/record";
import { type Tx, writeTransaction } from "../db/transaction";
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
  tx: Tx,
  articleId: number,
  number: number,
  userId: number | null,
  input: ArticleInput,
  summary: string,
) {
  return tx.run(
    `INSERT INTO "Revision" ("articleId", number, "userId", "createdAt", snapshot, summary) VALUES (?, ?, ?, ?, ?, ?)`,
    articleId,
    number,
    userId,
    new Date().toISOString(),
    JSON.stringify(input),
    summary,
  );
}

async function lastEditor(tx: Tx, articleId: number, number: number): Promise<string> {
  const row = await tx.get<{ email: string | null; createdAt: string | Date }>(
    `SELECT u.email, r."createdAt" FROM "Revision" r LEFT JOIN "User" u ON u.id = r."userId" WHERE r."articleId" = ? AND r.number = ?`,
    articleId,
    number,
  );
  return row ? `${row.email ?? "someone"} at ${isoTime(row.createdAt)?.slice(0, 16).replace("T", " ")} UTC` : "someone";
}

/**
 * Creates or updates an article through the importer's writer (so search, files,
 * fixed-in facts and references follow) and records the revision and the audit row,
 * all in one transaction: either everything is saved or nothing is. The transaction takes the
 * write lock first (lib/db/transaction.ts), so another process's or node's save waits its turn
 * and the revision checked cannot change before this one commits.
 */
export function saveArticle(req: SaveRequest): Promise<SaveResult> {
  return writeTransaction(async (tx): Promise<SaveResult> => {
    const kbId = req.mode === "create" ? req.input.id : req.kbId;
    const stored = await readStoredArticle(tx, kbId);
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
          `${kbId} was changed by ${await lastEditor(tx, stored.rowId, stored.revision)} (revision ${stored.revision}) after you started editing revision ${req.baseRevision}. Your text is kept below: copy your changes, reload, and apply them again.`,
        );
      }
      if (stored.revision === 0) await insertRevision(tx, stored.rowId, 1, null, stored.input, "imported");
      number = Math.max(stored.revision, 1) + 1;
      action = req.restoredFrom ? "article.revert" : "article.edit";
      summary = req.restoredFrom ? `restored revision ${req.restoredFrom}` : changeSummary(stored.input, req.input);
    }
    const saved = await tx.saveRows(articleRows(toArticle(req.input)));
    await insertRevision(tx, saved.id, number, req.editor.id, req.input, summary);
    await insertAudit(tx, {
      userId: req.editor.id,
      actor: req.editor.email,
      action,
      target: kbId,
      detail: `revision ${number}: ${summary}`,
      ip: req.ip,
    });
    return { ok: true, kbId, revision: number };
  });
}

/** Soft delete (hidden everywhere, restorable) or restore. */
export function setArticleDeleted(kbId: string, deleted: boolean, editor: Editor, ip?: string): Promise<SaveResult> {
  return writeTransaction(async (tx): Promise<SaveResult> => {
    const stored = await readStoredArticle(tx, kbId);
    if (!stored) return failure("not-found", `${kbId} does not exist`);
    if (!!stored.deletedAt === deleted) return { ok: true, kbId, revision: stored.revision };
    await tx.run(
      `UPDATE "Article" SET "deletedAt" = ? WHERE id = ?`,
      deleted ? new Date().toISOString() : null,
      stored.rowId,
    );
    await insertAudit(tx, {
      userId: editor.id,
      actor: editor.email,
      action: deleted ? "article.delete" : "article.restore",
      target: kbId,
      ip,
    });
    return { ok: true, kbId, revision: stored.revision };
  });
}
