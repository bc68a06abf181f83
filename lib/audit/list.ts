import "server-only";
import { prisma } from "../db/client";

/** The latest audit rows, newest first. */
export function listAuditEntries(take: number) {
  return prisma.auditLog.findMany({ orderBy: { id: "desc" }, take });
}
