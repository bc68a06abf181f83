// Sign-in throttling, as pure functions over recent failure times so it can be unit-tested.
// Built so that no stranger can lock a real admin out:
// - an account: 5 failures within 15 minutes lock it for 15 minutes, but only for browsers
//   that have never signed in to it (a known device, see device.ts, still gets in);
// - an address: its failures, whichever accounts they named, only slow its next answers down
//   (failureDelayMs). An address is never locked: behind NAT, a proxy or on the loopback it is
//   many people's, and one of them guessing must not shut out the others.
// Attempts refused by a lock are not counted, so waiting it out always works.

const MAX_FAILURES = 5;
const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

/** How far back the caller needs to load failures; older attempts can be deleted. */
export const LOOKBACK_MS = FAILURE_WINDOW_MS + LOCK_MS;

/** When the account's lock ends, or null when not locked. `failures` in any order. */
export function lockedUntil(failures: Date[], now: Date): Date | null {
  const recent = failures
    .map((d) => d.getTime())
    .filter((t) => t > now.getTime() - LOOKBACK_MS)
    .sort((a, b) => b - a);
  if (recent.length < MAX_FAILURES) return null;
  if (recent[0] - recent[MAX_FAILURES - 1] > FAILURE_WINDOW_MS) return null;
  const until = recent[0] + LOCK_MS;
  return until > now.getTime() ? new Date(until) : null;
}

/** The account's lock as it applies to this browser: none for a device that signed in to it before. */
export function signInLock(accountFailures: Date[], now: Date, knownDevice: boolean): Date | null {
  return knownDevice ? null : lockedUntil(accountFailures, now);
}

/** Delay before answering a failed attempt: grows with each failure, capped, to slow scripted guessing. */
export function failureDelayMs(failuresSoFar: number): number {
  return Math.min(2000, 250 * 2 ** Math.max(0, failuresSoFar - 1));
}

export function lockMessage(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
