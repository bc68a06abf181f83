import { prisma } from "../db/client";
import type { SessionUser } from "./sessions";
import { API_TOKEN_PREFIX, hashToken, randomToken } from "./tokens";

/** Issues a token for the user; the caller shows it once, only its hash is kept. */
export async function createApiToken(userId: number): Promise<string> {
  const token = randomToken(API_TOKEN_PREFIX);
  await prisma.apiToken.create({ data: { tokenHash: hashToken(token), userId } });
  return token;
}

/** The token's owner with the owner's current role, or null. */
export async function apiTokenUser(token: string): Promise<SessionUser | null> {
  const row = await prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, user: { select: { id: true, email: true, role: true } } },
  });
  if (!row) return null;
  await prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return row.user;
}
