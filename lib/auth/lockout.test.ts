import { describe, expect, it } from "vitest";
import { failureDelayMs, lockedUntil, lockMessage, LOCK_MS, signInLock } from "./lockout";

const now = new Date("2001-06-01T12:00:00Z");
const minutesAgo = (...m: number[]) => m.map((x) => new Date(now.getTime() - x * 60_000));

describe("lockedUntil", () => {
  it("allows four failures", () => {
    expect(lockedUntil(minutesAgo(1, 2, 3, 4), now)).toBeNull();
  });

  it("locks for 15 minutes after five failures within 15 minutes", () => {
    expect(lockedUntil(minutesAgo(1, 2, 3, 4, 5), now)).toEqual(new Date(now.getTime() - 60_000 + LOCK_MS));
  });

  it("does not lock when the five failures are spread over more than 15 minutes", () => {
    expect(lockedUntil(minutesAgo(1, 5, 9, 13, 17), now)).toBeNull();
  });

  it("unlocks once the lock has run out", () => {
    expect(lockedUntil(minutesAgo(16, 17, 18, 19, 20), now)).toBeNull();
  });
});

describe("signInLock", () => {
  it("locks a guessed-at account for new browsers only", () => {
    expect(signInLock(minutesAgo(1, 2, 3, 4, 5), now, false)).not.toBeNull();
    expect(signInLock(minutesAgo(1, 2, 3, 4, 5), now, true)).toBeNull();
  });
});

describe("throttling", () => {
  it("grows the delay and caps it", () => {
    expect(failureDelayMs(1)).toBe(250);
    expect(failureDelayMs(2)).toBe(500);
    expect(failureDelayMs(10)).toBe(2000);
  });

  it("says how long to wait", () => {
    expect(lockMessage(new Date(now.getTime() + 14.5 * 60_000), now)).toBe(
      "Too many failed sign-ins. Try again in 15 minutes.",
    );
  });
});
