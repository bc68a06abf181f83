import type Database from "better-sqlite3";

export type AuditAction =
  | "signin"
  | "signin.failed"
  | "signin.locked"
  | "signout"
  | "article.create"
  | "article.edit"
  | "article.delete"
  | "article.restore"
  | "article.revert"
  | "user.add"
  | "user.passwd"
  | "user.remove"
  | "token.create";

export interface AuditEntry {
  userId: number | null;
  /** the email as typed or as the user had it: kept after the user is removed */
  actor: string;
  action: AuditAction;
  target?: string | null;
  detail?: string | null;
  ip?: string | null;
}

/** One audit row. Raw SQL so article changes can log inside the same transaction as the save. */
export function insertAudit(db: Database.Database, entry: AuditEntry): void {
  db.prepare(
    `INSERT INTO "AuditLog" (createdAt, userId, actor, action, target, detail, ip) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(new Date().toISOString(), entry.userId, entry.actor, entry.action, entry.target ?? null, entry.detail ?? null, entry.ip ?? null);
}
