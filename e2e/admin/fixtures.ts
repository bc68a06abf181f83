import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import Database from "better-sqlite3";
import { expect, type Page, test } from "@playwright/test";
import { openPostgres } from "../../lib/db/postgres";
import { isSqlite, type Queryable, queryableOf } from "../../lib/db/queryable";
import { databasePath } from "../../lib/env";
import { E2E_DATABASE_URL, E2E_POSTGRES_URL_FILE } from "../support/env";

export const ADMIN = { email: "admin@e2e.test", password: "admin password 123" };
export const EDITOR = { email: "editor@e2e.test", password: "editor password 123" };

/**
 * The database of the project the test runs in (playwright.config.ts): the e2e SQLite file, or
 * the PostgreSQL database whose URL e2e/support/server.ts wrote.
 */
export function e2eDatabaseUrl(): string {
  return test.info().project.name === "postgresql" ? readFileSync(E2E_POSTGRES_URL_FILE, "utf8") : E2E_DATABASE_URL;
}

/** `work` on the project's database, through the app's own Queryable. */
export async function withE2eDatabase<T>(work: (db: Queryable) => Promise<T>): Promise<T> {
  const url = e2eDatabaseUrl();
  const connection = url.startsWith("postgres") ? openPostgres(url) : new Database(databasePath({ DATABASE_URL: url }));
  try {
    return await work(queryableOf(connection));
  } finally {
    if (isSqlite(connection)) connection.close();
    else await connection.end();
  }
}

/** The real CLI against the e2e database, as an operator would run it. */
export function kb(args: string[], input?: string): string {
  return execFileSync("node", ["bin/kb.js", ...args], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
    input,
    encoding: "utf8",
  });
}

/** Adds the account once per e2e database (spec files share the server and its database). */
export function ensureUser(user: { email: string; password: string }, role: "admin" | "editor") {
  if (!kb(["user", "list"]).includes(user.email)) kb(["user", "add", user.email, "--role", role], `${user.password}\n`);
}

/**
 * An article id no earlier run used (from Q8000000 up), so that a spec that creates one can be
 * repeated on the same database (--repeat-each) without finding it taken.
 */
export async function freshKbId(): Promise<string> {
  const row = await withE2eDatabase((db) =>
    db.get<{ n: number | null }>(`SELECT max("kbNumber") AS n FROM "Article" WHERE "kbNumber" >= 8000000`),
  );
  return `Q${(row?.n ?? 7_999_999) + 1}`;
}

export async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** A session row written straight to the database, for forged/expired cookie tests. */
export async function insertSession(email: string, expiresAt: Date): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await withE2eDatabase(async (db) => {
    const user = await db.get<{ id: number }>(`SELECT id FROM "User" WHERE email = ?`, email);
    await db.run(
      `INSERT INTO "Session" ("tokenHash", "userId", "createdAt", "expiresAt") VALUES (?, ?, ?, ?)`,
      createHash("sha256").update(token).digest("hex"),
      user?.id,
      new Date().toISOString(),
      expiresAt.toISOString(),
    );
  });
  return token;
}

/** URL paths of every route file under app/<dir>: "[id]" becomes `id`, route groups vanish. */
export function routesOnDisk(dir: string, file: "page.tsx" | "route.ts", id: string): { path: string; file: string }[] {
  const root = join("app", dir);
  const found: { path: string; file: string }[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name === file) {
        const segments = relative("app", d)
          .split(sep)
          .filter((s) => !/^\(.*\)$/.test(s))
          .map((s) => (/^\[.*\]$/.test(s) ? id : s));
        found.push({ path: `/${segments.join("/")}`, file: p });
      }
    }
  };
  walk(root);
  return found;
}
