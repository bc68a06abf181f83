import { setTimeout as sleep } from "node:timers/promises";
import { insertAudit } from "../admin/audit";
import { adminDb } from "../admin/db";
import { prisma } from "../db/client";
import { failureDelayMs, lockedUntil, lockMessage, LOOKBACK_MS } from "./lockout";
import { DUMMY_HASH_PROMISE, verifyPassword } from "./password";
import type { SessionUser } from "./sessions";
import { normalizeEmail } from "./users";

export type SignInResult = { ok: true; user: SessionUser } | { ok: false; message: string };

const WRONG = "Wrong email or password.";

async function recentFailures(email: string, ip: string, now: Date) {
  const since = new Date(now.getTime() - LOOKBACK_MS);
  const lastSuccess = await prisma.loginAttempt.findFirst({
    where: { email, success: true, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const [byEmail, byIp] = await Promise.all([
    // a successful sign-in clears the account's count, not the address's
    prisma.loginAttempt.findMany({ where: { email, success: false, createdAt: { gt: lastSuccess?.createdAt ?? since } }, select: { createdAt: true } }),
    prisma.loginAttempt.findMany({ where: { ip, success: false, createdAt: { gt: since } }, select: { createdAt: true } }),
  ]);
  return { byEmail: byEmail.map((a) => a.createdAt), byIp: byIp.map((a) => a.createdAt) };
}

/**
 * Checks a password with per-account and per-address lockout. Unknown emails cost the
 * same as wrong passwords and get the same message, so sign-in does not reveal accounts.
 */
export async function signIn(emailInput: string, password: string, ip: string, now = new Date()): Promise<SignInResult> {
  const email = normalizeEmail(emailInput);
  const failures = await recentFailures(email, ip, now);
  const until = [lockedUntil(failures.byEmail, now), lockedUntil(failures.byIp, now)]
    .filter((d): d is Date => d !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  if (until) {
    insertAudit(adminDb(), { userId: null, actor: email, action: "signin.locked", ip });
    return { ok: false, message: lockMessage(until, now) };
  }

  const user = await prisma.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
  await prisma.loginAttempt.create({ data: { email, ip, success: valid && !!user, createdAt: now } });
  if (user && valid) {
    insertAudit(adminDb(), { userId: user.id, actor: email, action: "signin", ip });
    return { ok: true, user: { id: user.id, email: user.email, role: user.role } };
  }
  insertAudit(adminDb(), { userId: user?.id ?? null, actor: email, action: "signin.failed", ip });
  const count = Math.max(failures.byEmail.length, failures.byIp.length) + 1;
  await sleep(failureDelayMs(count));
  const lockedNow = lockedUntil([...failures.byEmail, now], now) ?? lockedUntil([...failures.byIp, now], now);
  return { ok: false, message: lockedNow ? lockMessage(lockedNow, now) : WRONG };
}
