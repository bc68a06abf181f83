// The version the caches key on moves when an article changes, and not when anything else is
// written (a sign-in attempt is a row too): on a real database, written by other connections.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, expect, test } from "vitest";
import { txtPath } from "../corpus";
import { importArticles } from "../import/import";
import { ensureDatabase } from "./ensure";
import { openSqlite } from "./sqlite";

beforeAll(async () => {
  process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "kb-version-")), "kb.db")}`;
  await ensureDatabase();
});

test("an article written moves it; a sign-in attempt does not; nor does opening the database again", async () => {
  const { dataVersion } = await import("./data-version");
  const db = openSqlite();
  try {
    const start = dataVersion();
    db.prepare(`INSERT INTO "LoginAttempt" (email, ip, success, createdAt) VALUES (?, ?, 0, ?)`).run(
      "stranger@example.com",
      "203.0.113.9",
      Date.now(),
    );
    expect(dataVersion()).toBe(start);

    await importArticles(db, [txtPath("Q244717")]);
    const imported = dataVersion();
    expect(imported).toBeGreaterThan(start);

    db.prepare(`UPDATE "Article" SET title = title || ' (edited)' WHERE kbId = 'Q244717'`).run();
    expect(dataVersion()).toBeGreaterThan(imported);

    const edited = dataVersion();
    db.prepare(`DELETE FROM "Evidence"`).run();
    expect(dataVersion()).toBeGreaterThan(edited);

    const before = dataVersion();
    await ensureDatabase();
    expect(dataVersion()).toBe(before);
  } finally {
    db.close();
  }
});
