import { setTimeout as sleep } from "node:timers/promises";
import { recordAudit } from "../audit/record";
import { prisma } from "../db/client";
import { UNKNOWN_ADDRESS } from "../http/client-address";
import { deviceToken, isKnownDevice } from "./device";
import { pruneAuthRecords } from "./housekeeping";
import { failureDelayMs, lockMessage, LOOKBACK_MS, signInLock } from "./lockout";
import { DUMMY_HASH_PROMISE, hashPassword, needsRehash, verifyPassword } from "./password";
import type { SessionUser } from "./sessions";
import { normalizeEmail } from "./users";

export interface SignInAttempt {
  email: string;
  password: string;
  /** the client's address (clientIp) */
  ip: string;
  /** the browser's device token, if it has one */
  device?: string;
}

/** What the sign-in form shows after an attempt: the email as typed, and why it failed. */
export interface SignInState {
  email: string;
  error: string | null;
}

export type SignInResult = { ok: true; user: SessionUser; deviceToken: string } | { ok: false; message: string };

const WRONG = "Wrong email or password.";

/** Failures before this attempt (`own`, already recorded) within the lookback, and the address's count. */
async function recentFailures(email: string, ip: string, own: number, now: Date) {
  const since = new Date(now.getTime() - LOOKBACK_MS);
  const lastSuccess = await prisma.loginAttempt.findFirst({
    where: { email, success: true, createdAt: { gt: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const [byAccount, byAddress] = await Promise.all([
    // a successful sign-in clears the account's count, not the address's
    prisma.loginAttempt.findMany({
      where: { email, success: false, id: { not: own }, createdAt: { gt: lastSuccess?.createdAt ?? since } },
      select: { createdAt: true },
    }),
    ip === UNKNOWN_ADDRESS
      ? 0
      : prisma.loginAttempt.count({ where: { ip, success: false, id: { not: own }, createdAt: { gt: since } } }),
  ]);
  return { byAccount: byAccount.map((a) => a.createdAt), byAddress };
}

/**
 * Checks a password under the account lock of lockout.ts; failures from the same address slow
 * its answers down. Unknown emails cost the same as wrong passwords and get the same message,
 * so sign-in does not reveal accounts. `device` is the browser's device token (device.ts): with
 * a valid one the account lock does not apply.
 */
export async function signIn(
  attempt: SignInAttempt,
  now = new Date(),
  wait: (ms: number) => Promise<unknown> = sleep,
): Promise<SignInResult> {
  const { password, ip, device } = attempt;
  await pruneAuthRecords(now);
  const email = normalizeEmail(attempt.email);
  const user = await prisma.user.findUnique({ where: { email } });
  // Recorded as a failure before anything is checked, so that a burst of parallel guesses counts
  // itself: each one sees the others, and those past the fifth are refused without a check.
  const { id: own } = await prisma.loginAttempt.create({ data: { email, ip, success: false, createdAt: now } });
  const failures = await recentFailures(email, ip, own, now);
  const knownDevice = isKnownDevice(device, user, now);
  const until = signInLock(failures.byAccount, now, knownDevice);
  if (until) {
    // not counted (so waiting the lock out works) and not audited: the failure that set the lock was
    await prisma.loginAttempt.delete({ where: { id: own } });
    await wait(failureDelayMs(failures.byAddress + 1));
    return { ok: false, message: lockMessage(until, now) };
  }

  const valid = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
  if (user && valid) {
    await prisma.loginAttempt.update({ where: { id: own }, data: { success: true } });
    const current = needsRehash(user.passwordHash)
      ? await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } })
      : user;
    await recordAudit({ userId: user.id, actor: email, action: "signin", ip });
    return {
      ok: true,
      user: { id: user.id, email: user.email, role: user.role },
      deviceToken: deviceToken(current, now),
    };
  }
  const byAccount = [...failures.byAccount, now];
  const lockedNow = signInLock(byAccount, now, knownDevice);
  await recordAudit({
    userId: user?.id ?? null,
    actor: email,
    action: lockedNow ? "signin.locked" : "signin.failed",
    ip,
  });
  await wait(failureDelayMs(Math.max(byAccount.length, failures.byAddress + 1)));
  return { ok: false, message: lockedNow ? lockMessage(lockedNow, now) : WRONG };
}
