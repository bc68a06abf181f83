import { prisma } from "../db/client";
import { LOOKBACK_MS } from "./lockout";

// Expired sessions and sign-in attempts older than any lock can look back are dead weight.
// They are deleted as sign-ins happen, at most once a minute per process, so no scheduler
// is needed and the tables stay as small as the recent traffic.
const EVERY_MS = 60_000;
let last = 0;

export async function pruneAuthRecords(now = new Date()): Promise<void> {
  if (now.getTime() - last < EVERY_MS && now.getTime() >= last) return;
  last = now.getTime();
  // Two statements, no transaction: an open Prisma transaction would hold the write lock across
  // awaits while an article save on the same process's other connection waited for it.
  await prisma.session.deleteMany({ where: { expiresAt: { lte: now } } });
  await prisma.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - LOOKBACK_MS) } } });
}
