import { prisma } from "../db/client";
import type { Tx } from "../db/transaction";

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

/** One audit row in `tx`, so that an article change logs inside the same transaction as its save. */
export function insertAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  return tx.run(
    `INSERT INTO "AuditLog" ("createdAt", "userId", actor, action, target, detail, ip) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    new Date().toISOString(),
    entry.userId,
    entry.actor,
    entry.action,
    entry.target ?? null,
    entry.detail ?? null,
    entry.ip ?? null,
  );
}

/** One audit row on its own (sign-in, sign-out). */
export async function recordAudit(entry: AuditEntry): Promise<void> {
  const { userId, actor, action, target = null, detail = null, ip = null } = entry;
  await prisma.auditLog.create({ data: { userId, actor, action, target, detail, ip } });
}
