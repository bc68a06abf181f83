import { prisma } from "../db/client";
import { hashToken, randomToken } from "./tokens";

export const SESSION_TTL_MS = 12 * 60 * 60_000;

export interface SessionUser {
  id: number;
  email: string;
  role: string;
}

/** Stores a new session; returns the token for the cookie (the database keeps only its hash). */
export async function createSession(userId: number, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await prisma.session.create({ data: { tokenHash: hashToken(token), userId, expiresAt } });
  return { token, expiresAt };
}

/** The signed-in user for a cookie value; null for unknown (forged) or expired tokens. */
export async function sessionUser(token: string | undefined, now = new Date()): Promise<SessionUser | null> {
  if (!token) return null;
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, user: { select: { id: true, email: true, role: true } } },
  });
  if (!session || session.expiresAt <= now) return null;
  return session.user;
}

export async function deleteSession(token: string): Promise<void> {
  await prisma.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}
