import { prisma } from "../db/client";
import { hashPassword, passwordProblem } from "./password";
import type { Role } from "./roles";

export class UserError extends Error {}

export function normalizeEmail(email: string): string {
  // a NUL is in no address, and PostgreSQL refuses it in any text
  return email.replaceAll("\0", "").trim().toLowerCase();
}

function checkEmail(email: string): string {
  const normalized = normalizeEmail(email);
  if (!/^[^\s@]+@[^\s@]+$/.test(normalized)) throw new UserError(`not an email address: ${JSON.stringify(email)}`);
  return normalized;
}

function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw new UserError(`password ${problem}`);
}

export async function addUser(email: string, role: Role, password: string) {
  const normalized = checkEmail(email);
  checkPassword(password);
  if (await prisma.user.findUnique({ where: { email: normalized } }))
    throw new UserError(`${normalized} already exists`);
  return prisma.user.create({ data: { email: normalized, role, passwordHash: await hashPassword(password) } });
}

export function listUsers() {
  return prisma.user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, role: true, createdAt: true },
  });
}

export function findUser(email: string) {
  return prisma.user.findUnique({ where: { email: normalizeEmail(email) } });
}

async function existingUser(email: string) {
  const user = await findUser(email);
  if (!user) throw new UserError(`no user ${normalizeEmail(email)}`);
  return user;
}

/** A new password also ends the user's sessions: whoever knew the old one is signed out. */
export async function setPassword(email: string, password: string) {
  checkPassword(password);
  const user = await existingUser(email);
  const passwordHash = await hashPassword(password);
  await prisma.$transaction([
    prisma.user.update({ where: { id: user.id }, data: { passwordHash } }),
    prisma.session.deleteMany({ where: { userId: user.id } }),
  ]);
  return user;
}

/** Sessions and API tokens go with the user (cascade); revisions and audit rows keep the history. */
export async function removeUser(email: string) {
  const user = await existingUser(email);
  await prisma.user.delete({ where: { id: user.id } });
  return user;
}
