import { existsSync, mkdirSync, rmSync } from "node:fs";
import type Database from "better-sqlite3";
import { dirname } from "node:path";
import { ConfigError, databasePath, databaseProvider, databaseUrl } from "../env";
import { rederiveEvidence } from "../articles/write";
import { ensureContentVersion, ensurePostgresContentVersion } from "./content-version";
import { ensureSearchIndex } from "./fts";
import { deployMigrations, migrationNames, openSchemaEngine } from "./migrate";
import { openSqlite } from "./sqlite";
import { displayUrl, inTransaction, openPostgres } from "./postgres";
import { ensurePostgresSearch } from "./postgres-search";

/**
 * The evidence migration keeps the old fixed-in rows only; keyword, fix-list and hotfix rows are
 * read from the stored text once. user_version (unused by Prisma) records that it was done, so a
 * migration applied by `npm run db:deploy`, or a crash before the end, is caught up next time.
 */
const EVIDENCE_DERIVED = 1;

async function deriveMissingEvidence(db: Database.Database): Promise<void> {
  if ((db.pragma("user_version", { simple: true }) as number) >= EVIDENCE_DERIVED) return;
  if (db.prepare(`SELECT 1 FROM "Article" LIMIT 1`).get()) await rederiveEvidence(db);
  db.pragma(`user_version = ${EVIDENCE_DERIVED}`);
}

export interface EnsureResult {
  /** the SQLite file, or the PostgreSQL server's URL without its password */
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
  return databaseProvider() === "postgresql" ? ensurePostgres(databaseUrl()) : ensureSqlite();
}

async function ensureSqlite(): Promise<EnsureResult> {
  const path = databasePath();
  const created = !existsSync(path);
  mkdirSync(dirname(path), { recursive: true });
  let db = openSqlite(path);
  try {
    if (interruptedMigrations(db).length > 0) {
      db.close();
      db = startOver(path);
    }
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
    const pending = (await migrationNames("sqlite")).filter((m) => !applied.has(m));
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
    ensureSearchIndex(db);
    ensureContentVersion(db);
    await deriveMissingEvidence(db);
    return { path, created, applied: appliedNow };
  } finally {
    db.close();
  }
}

/** Migrations the schema engine began and never finished: the process was killed meanwhile. */
function interruptedMigrations(db: Database.Database): string[] {
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get()) return [];
  return db
    .prepare(
      "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NULL AND rolled_back_at IS NULL",
    )
    .all()
    .map((r) => (r as { name: string }).name);
}

/**
 * A migration's statements are not one transaction on SQLite, so a kill part-way (the first
 * `npm start` or `kb import` on a new file) leaves half a schema the engine refuses to touch.
 * A database that holds no row of ours yet is simply made anew; one that holds data is left for
 * a person to look at, with the way out named.
 */
function startOver(path: string): Database.Database {
  const db = openSqlite(path);
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'",
    )
    .all()
    .map((r) => (r as { name: string }).name)
    .filter((name) => !name.startsWith("article_fts"));
  const holdsData = tables.some((t) => db.prepare(`SELECT 1 FROM "${t.replaceAll('"', '""')}" LIMIT 1`).get());
  const interrupted = interruptedMigrations(db);
  db.close();
  if (holdsData)
    throw new ConfigError(
      `${path}: migration ${interrupted.join(", ")} was interrupted and the database holds data; restore a backup, or see https://pris.ly/d/migrate-resolve`,
    );
  for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
  return openSqlite(path);
}

/**
 * PostgreSQL: the same, on the server. Several app nodes may start at once: the schema engine
 * takes PostgreSQL's advisory lock for the migrations, so they are applied once.
 */
const CANNOT_OPEN = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "3D000", "28000", "28P01"]);

async function ensurePostgres(url: string): Promise<EnsureResult> {
  const pool = openPostgres(url);
  try {
    const { rows } = await pool
      .query<{ name: string }>(
        `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      )
      .catch((e: { code?: string }) => {
        if (e.code === "42P01") return { rows: [] }; // no _prisma_migrations: a new database
        throw e;
      });
    const applied = new Set(rows.map((r) => r.name));
    const pending = (await migrationNames("postgresql")).filter((m) => !applied.has(m));
    let appliedNow: string[] = [];
    if (pending.length > 0) {
      const engine = await openSchemaEngine(url);
      try {
        appliedNow = await deployMigrations(engine);
      } finally {
        engine.free();
      }
    }
    await inTransaction(pool, async (client) => {
      // several nodes may start at once: one at a time adds what is missing
      await client.query("SELECT pg_advisory_xact_lock(hashtext('kb ensureDatabase'))");
      await ensurePostgresSearch(client);
      await ensurePostgresContentVersion(client);
    });
    return { path: displayUrl(url), created: applied.size === 0, applied: appliedNow };
  } catch (e) {
    // the server cannot be reached, the database does not exist, or the login is refused
    if (e instanceof Error && "code" in e && CANNOT_OPEN.has(String(e.code)))
      throw new ConfigError(`cannot open the PostgreSQL database ${displayUrl(url)}: ${e.message}`);
    throw e;
  } finally {
    await pool.end();
  }
}
