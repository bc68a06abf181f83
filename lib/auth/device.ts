import { createHmac, timingSafeEqual } from "node:crypto";

// A browser that has signed in to an account before carries a device token for it, and the
// account lock (lockout.ts) does not apply to it: a stranger guessing alice's password can
// lock out strangers, not alice. The token is an HMAC keyed by the user's password hash, so
// the server keeps no state for it and a new password voids every old token.

export const DEVICE_COOKIE = "kb_device";
export const DEVICE_TTL_MS = 180 * 24 * 60 * 60_000;

interface DeviceUser {
  id: number;
  passwordHash: string;
}

function mac(user: DeviceUser, issuedAt: number): string {
  return createHmac("sha256", user.passwordHash).update(`device|${user.id}|${issuedAt}`).digest("base64url");
}

export function deviceToken(user: DeviceUser, now = new Date()): string {
  const issuedAt = now.getTime();
  return `${user.id}.${issuedAt}.${mac(user, issuedAt)}`;
}

/** True when the token was issued to this user, under their current password, within the TTL. */
export function isKnownDevice(token: string | undefined, user: DeviceUser | null, now = new Date()): boolean {
  if (!token || !user) return false;
  const [id, issued, given] = token.split(".");
  const issuedAt = Number(issued);
  if (Number(id) !== user.id || !Number.isSafeInteger(issuedAt) || !given) return false;
  if (issuedAt > now.getTime() || now.getTime() - issuedAt > DEVICE_TTL_MS) return false;
  const expected = Buffer.from(mac(user, issuedAt));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
