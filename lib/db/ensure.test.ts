import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { ensureDatabase } from "./ensure";
import { migrationNames } from "./migrate";

/** A database as a kill -9 during its first migration leaves it: the engine's row unfinished, half a table. */
async function interrupted(withData: boolean): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), "kb-ensure-")), "kb.db");
  const db = new Database(path);
  db.exec(`CREATE TABLE "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL,
    "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`);
  const [first] = await migrationNames();
  db.prepare(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'x', ?)`).run(first);
  db.exec(`CREATE TABLE "Article" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "kbId" TEXT NOT NULL)`);
  if (withData) db.exec(`INSERT INTO "Article" (kbId) VALUES ('Q244717')`);
  db.close();
  return path;
}

describe("ensureDatabase after an interrupted first migration", () => {
  it("makes an empty database anew, with every migration applied", async () => {
    const path = await interrupted(false);
    process.env.DATABASE_URL = `file:${path}`;
    const result = await ensureDatabase();
    expect(result.applied).toEqual(await migrationNames());
    const db = new Database(path, { readonly: true });
    const columns = db.prepare(`SELECT name FROM pragma_table_info('Article')`).all() as { name: string }[];
    db.close();
    expect(columns.map((c) => c.name)).toContain("kbNumber");
  });

  it("refuses to touch one that holds data, and says why", async () => {
    process.env.DATABASE_URL = `file:${await interrupted(true)}`;
    await expect(ensureDatabase()).rejects.toThrow(/was interrupted and the database holds data/);
  });
});
