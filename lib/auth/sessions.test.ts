import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// The Prisma client reads DATABASE_URL when first imported: point it at a scratch database first.
process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "kb-auth-")), "kb.db")}`;

const { ensureDatabase } = await import("../db/ensure");
const { prisma } = await import("../db/client");
const { addUser, removeUser } = await import("./users");
const { createSession, sessionUser, SESSION_TTL_MS } = await import("./sessions");
const { apiTokenUser, createApiToken } = await import("./api-tokens");
const { hashToken } = await import("./tokens");

beforeAll(async () => {
  await ensureDatabase();
});

describe("sessions", () => {
  it("finds the user for a real session token and stores only its hash", async () => {
    const user = await addUser("Admin@Example.com", "admin", "correct horse battery");
    const { token } = await createSession(user.id);
    expect(await sessionUser(token)).toMatchObject({ email: "admin@example.com", role: "admin" });
    const row = await prisma.session.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).not.toContain(token);
  });

  it("refuses forged and expired tokens", async () => {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    expect(await sessionUser("forged-token")).toBeNull();
    expect(await sessionUser(undefined)).toBeNull();
    const { token } = await createSession(user.id, new Date(Date.now() - SESSION_TTL_MS - 1000));
    expect(await sessionUser(token)).toBeNull();
  });

  it("never stores the password in plain text", async () => {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    expect(user.passwordHash).not.toContain("correct horse battery");
    expect(user.passwordHash).toMatch(/^scrypt\$/);
  });
});

describe("API tokens", () => {
  it("act with the owner's current role and die with the owner", async () => {
    const editor = await addUser("ed@example.com", "editor", "another long password");
    const token = await createApiToken(editor.id);
    expect(token).toMatch(/^kbt_/);
    expect(await apiTokenUser(token)).toMatchObject({ email: "ed@example.com", role: "editor" });
    expect(await apiTokenUser("kbt_forged")).toBeNull();
    await removeUser("ed@example.com");
    expect(await apiTokenUser(token)).toBeNull();
  });
});
