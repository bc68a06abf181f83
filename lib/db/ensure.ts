import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { databasePath, databaseUrl } from "../env";
import { FTS_DDL } from "./fts";
import { deployMigrations, migrationNames, openSchemaEngine } from "./migrate";
import { openSqlite } from "./sqlite";

export interface EnsureResult {
  path: string;
  /** the file did not exist before */
  created: boolean;
  applied: string[];
}

/**
 * Every entry point (npm start, npm install, the kb CLI) calls this first, so pointing
 * DATABASE_URL at a new file just works: create it, apply pending migrations, add the
 * search index. Cheap when there is nothing to do (no WASM engine is loaded then).
 */
export async function ensureDatabase(): Promise<EnsureResult> {
  const path = databasePath();
  const created = !existsSync(path);
  mkdirSync(dirname(path), { recursive: true });
  let db = openSqlite(path);
  try {
    const applied = new Set(
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get()
        ? db
            .prepare(
              "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
            )
            .all()
            .map((r) => (r as { name: string }).name)
        : [],
    );
    const pending = (await migrationNames()).filter((m) => !applied.has(m));
    let appliedNow: string[] = [];
    if (pending.length > 0) {
      // The schema engine locks the file exclusively: no other connection may be open meanwhile.
      db.close();
      const engine = await openSchemaEngine(databaseUrl());
      try {
        appliedNow = await deployMigrations(engine);
      } finally {
        engine.free();
        db = openSqlite(path);
      }
    }
    db.exec(FTS_DDL);
    return { path, created, applied: appliedNow };
  } finally {
    db.close();
  }
}
