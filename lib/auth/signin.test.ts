import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// The Prisma client reads DATABASE_URL when first imported: point it at a scratch database first.
process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "kb-signin-")), "kb.db")}`;

const { ensureDatabase } = await import("../db/ensure");
const { prisma } = await import("../db/client");
const { addUser } = await import("./users");
const { signIn } = await import("./signin");
const { pruneAuthRecords } = await import("./housekeeping");
const { LOOKBACK_MS } = await import("./lockout");

const PASSWORD = "alice's long passphrase";
let minute = 0;
/** Each attempt a minute after the previous one, so that the tests need not wait. */
const at = () => new Date(Date.UTC(2001, 5, 1, 12, minute++));
/** A sign-in without the growing delay, which only slows real guessing down. */
const attempt = (email: string, password: string, ip: string, device: string | undefined) =>
  signIn({ email, password, ip, device }, at(), async () => {});

beforeAll(async () => {
  await ensureDatabase();
  await addUser("alice@example.com", "admin", PASSWORD);
  await addUser("bob@example.com", "admin", PASSWORD);
});

describe("signIn", () => {
  it("lets alice in after a stranger failed five times with made-up accounts from her address", async () => {
    for (let i = 0; i < 5; i++)
      expect(await attempt(`mallory${i}@evil.example`, "guess", "127.0.0.1", undefined)).toMatchObject({
        ok: false,
        message: "Wrong email or password.",
      });
    expect(await attempt("alice@example.com", PASSWORD, "127.0.0.1", undefined)).toMatchObject({ ok: true });
  });

  it("locks an account guessed at from many addresses, except in a browser that signed in to it before", async () => {
    const known = await attempt("bob@example.com", PASSWORD, "192.0.2.1", undefined);
    if (!known.ok) throw new Error(known.message);
    for (let i = 0; i < 5; i++) await attempt("bob@example.com", "guess", `198.51.100.${i}`, undefined);
    expect(await attempt("bob@example.com", PASSWORD, "192.0.2.99", undefined)).toMatchObject({
      ok: false,
      message: /Too many failed sign-ins/,
    });
    expect(await attempt("bob@example.com", PASSWORD, "192.0.2.99", known.deviceToken)).toMatchObject({ ok: true });
  });

  it("never locks an address: twenty failures from it for made-up accounts still let alice in", async () => {
    minute += 60;
    for (let i = 0; i < 20; i++) await attempt(`spray${i}@evil.example`, "guess", "203.0.113.5", undefined);
    expect(await attempt("alice@example.com", PASSWORD, "203.0.113.5", undefined)).toMatchObject({ ok: true });
  }, 60_000);

  it("slows an address's answers as its failures grow", async () => {
    minute += 60;
    const delays: number[] = [];
    for (let i = 0; i < 4; i++)
      await signIn({ email: `slow${i}@evil.example`, password: "guess", ip: "203.0.113.6" }, at(), async (ms) =>
        delays.push(ms),
      );
    expect(delays).toEqual([250, 500, 1000, 2000]);
  });

  it("checks at most five of twenty parallel guesses at one account", async () => {
    minute += 60;
    await addUser("carol@example.com", "editor", PASSWORD);
    const when = at();
    const guesses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        signIn({ email: "carol@example.com", password: `guess ${i}`, ip: `198.51.100.${i}` }, when, async () => {}),
      ),
    );
    expect(guesses.filter((g) => !g.ok && g.message === "Wrong email or password.").length).toBeLessThanOrEqual(5);
    expect(guesses.every((g) => !g.ok)).toBe(true);
  });

  it("re-hashes a password stored with older parameters", async () => {
    const { scryptSync } = await import("node:crypto");
    const salt = Buffer.from("0123456789abcdef");
    const key = scryptSync(PASSWORD.normalize("NFKC"), salt, 32, { N: 16384, r: 8, p: 1 });
    const old = ["scrypt", 16384, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
    await prisma.user.update({ where: { email: "alice@example.com" }, data: { passwordHash: old } });
    expect(await attempt("alice@example.com", PASSWORD, "192.0.2.7", undefined)).toMatchObject({ ok: true });
    const { passwordHash } = await prisma.user.findUniqueOrThrow({ where: { email: "alice@example.com" } });
    expect(passwordHash).toMatch(/^scrypt\$32768\$8\$3\$/);
  });
});

describe("pruneAuthRecords", () => {
  it("deletes expired sessions and attempts older than any lock looks back", async () => {
    const now = new Date(Date.UTC(2002, 0, 1));
    const alice = await prisma.user.findUniqueOrThrow({ where: { email: "alice@example.com" } });
    await prisma.session.create({
      data: { tokenHash: "expired", userId: alice.id, expiresAt: new Date(now.getTime() - 1) },
    });
    await prisma.session.create({
      data: { tokenHash: "live", userId: alice.id, expiresAt: new Date(now.getTime() + 60_000) },
    });
    await prisma.loginAttempt.create({
      data: { email: "x", ip: "x", success: false, createdAt: new Date(now.getTime() - LOOKBACK_MS + 1000) },
    });
    await pruneAuthRecords(now);
    expect(
      await prisma.session.findMany({ where: { tokenHash: { in: ["expired", "live"] } }, select: { tokenHash: true } }),
    ).toEqual([{ tokenHash: "live" }]);
    expect(
      await prisma.loginAttempt.count({ where: { createdAt: { lt: new Date(now.getTime() - LOOKBACK_MS) } } }),
    ).toBe(0);
    expect(await prisma.loginAttempt.count({ where: { email: "x" } })).toBe(1);
  });
});
