import { execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import Database from "better-sqlite3";
import { expect, type Page } from "@playwright/test";
import { databasePath } from "../../lib/env";
import { E2E_DATABASE_URL } from "../support/env";

export const ADMIN = { email: "admin@e2e.test", password: "admin password 123" };
export const EDITOR = { email: "editor@e2e.test", password: "editor password 123" };

/** The real CLI against the e2e database, as an operator would run it. */
export function kb(args: string[], input?: string): string {
  return execFileSync("node", ["bin/kb.js", ...args], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    input,
    encoding: "utf8",
  });
}

/** Adds the account once per e2e database (spec files share the server and its database). */
export function ensureUser(user: { email: string; password: string }, role: "admin" | "editor") {
  if (!kb(["user", "list"]).includes(user.email)) kb(["user", "add", user.email, "--role", role], `${user.password}\n`);
}

export function e2eDb(): Database.Database {
  return new Database(databasePath({ DATABASE_URL: E2E_DATABASE_URL }));
}

/**
 * An article id no earlier run used (from Q8000000 up), so that a spec that creates one can be
 * repeated on the same database (--repeat-each) without finding it taken.
 */
export function freshKbId(): string {
  const db = e2eDb();
  try {
    const row = db.prepare(`SELECT max(kbNumber) AS n FROM "Article" WHERE kbNumber >= 8000000`).get() as {
      n: number | null;
    };
    return `Q${(row.n ?? 7_999_999) + 1}`;
  } finally {
    db.close();
  }
}

export async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** A session row written straight to the database, for forged/expired cookie tests. */
export function insertSession(email: string, expiresAt: Date): string {
  const token = randomBytes(32).toString("base64url");
  const db = e2eDb();
  try {
    const user = db.prepare(`SELECT id FROM "User" WHERE email = ?`).get(email) as { id: number };
    db.prepare(`INSERT INTO "Session" (tokenHash, userId, createdAt, expiresAt) VALUES (?, ?, ?, ?)`).run(
      createHash("sha256").update(token).digest("hex"),
      user.id,
      new Date().toISOString(),
      expiresAt.toISOString(),
    );
  } finally {
    db.close();
  }
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
