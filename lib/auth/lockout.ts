// Sign-in throttling, as pure functions over recent failure times so it can be unit-tested.
// Five failures within 15 minutes lock the account (or the address) for 15 minutes;
// attempts refused by the lock are not counted, so waiting it out always works.

export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCK_MS = 15 * 60_000;

/** How far back the caller needs to load failures. */
export const LOOKBACK_MS = FAILURE_WINDOW_MS + LOCK_MS;

/** When the lock ends, or null when not locked. `failures` in any order. */
export function lockedUntil(failures: Date[], now: Date): Date | null {
  const recent = failures.map((d) => d.getTime()).filter((t) => t > now.getTime() - LOOKBACK_MS).sort((a, b) => b - a);
  if (recent.length < MAX_FAILURES) return null;
  if (recent[0] - recent[MAX_FAILURES - 1] > FAILURE_WINDOW_MS) return null;
  const until = recent[0] + LOCK_MS;
  return until > now.getTime() ? new Date(until) : null;
}

/** Delay before answering a failed attempt: grows with each failure, capped, to slow scripted guessing. */
export function failureDelayMs(failuresSoFar: number): number {
  return Math.min(2000, 250 * 2 ** Math.max(0, failuresSoFar - 1));
}

export function lockMessage(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
