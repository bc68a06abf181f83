import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { CLIENT_ADDRESS_HEADER, SOCKET_ADDRESS_FLAG, UNKNOWN_ADDRESS } from "../http/client-address";
import { DEVICE_COOKIE, DEVICE_TTL_MS } from "./device";
import { SESSION_COOKIE } from "./session-cookie";
import { can, type Permission } from "./roles";
import { createSession, deleteSession, sessionUser, type SessionUser } from "./sessions";

/** The signed-in user of this request (looked up once per render), or null. */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  return sessionUser((await cookies()).get(SESSION_COOKIE)?.value);
});

/** For pages: anonymous → /signin (and back here afterwards), lacking the permission → 403. */
export async function requirePage(permission: Permission, returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?next=${encodeURIComponent(returnTo)}`);
  if (!can(user.role, permission)) forbidden();
  return user;
}

export class AuthError extends Error {}

/** For server actions: they are public POST endpoints, so each one checks again. */
export async function requireAction(permission: Permission): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AuthError("Your session has ended: sign in again.");
  if (!can(user.role, permission)) throw new AuthError("You are not allowed to do this.");
  return user;
}

const COOKIE_OPTIONS = {
  httpOnly: true,
  sameSite: "lax",
  secure: process.env.NODE_ENV === "production",
  path: "/",
} as const;

/** Signs the browser in, and marks it as a known device of the user (device.ts). */
export async function startSession(userId: number, deviceToken: string): Promise<void> {
  const { token, expiresAt } = await createSession(userId);
  const jar = await cookies();
  jar.set(SESSION_COOKIE, token, { ...COOKIE_OPTIONS, expires: expiresAt });
  jar.set(DEVICE_COOKIE, deviceToken, { ...COOKIE_OPTIONS, expires: new Date(Date.now() + DEVICE_TTL_MS) });
}

export async function deviceCookie(): Promise<string | undefined> {
  return (await cookies()).get(DEVICE_COOKIE)?.value;
}

export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await deleteSession(token);
  jar.delete(SESSION_COOKIE);
}

/**
 * The client address for sign-in throttling and the audit log, as our server
 * (scripts/lib/serve.ts) read it from the socket. Under `next dev` or `next start` no server of
 * ours wrote the header, so a client could have: the address is then unknown.
 */
export async function clientIp(): Promise<string> {
  if (process.env[SOCKET_ADDRESS_FLAG] !== "1") return UNKNOWN_ADDRESS;
  return (await headers()).get(CLIENT_ADDRESS_HEADER) || UNKNOWN_ADDRESS;
}
