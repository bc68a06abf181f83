import { existsSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { ARCHIVE, hasCorpus, TXT_DIR } from "../../../lib/corpus";
import { ensureDatabase } from "../../../lib/db/ensure";
import { openPostgres } from "../../../lib/db/postgres";
import { openSqlite } from "../../../lib/db/sqlite";
import { importArticles, type ImportSummary } from "../../../lib/import/import";
import { type PostgresServer, postgresBinDir, startPostgres } from "../../lib/postgres-server";

export const BENCH_DIR = resolve(".bench");

export function requireCorpus(): string {
  if (!hasCorpus) {
    console.error(`bench: the NT corpus is not at ${TXT_DIR} (set KB_CORPUS)`);
    process.exit(2);
  }
  return TXT_DIR;
}

/** A fresh database file under .bench/, selected for this process. */
export async function freshDatabase(name: string): Promise<string> {
  const path = join(BENCH_DIR, `${name}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
  process.env.DATABASE_URL = `file:${path}`;
  await ensureDatabase();
  return path;
}

export async function importCorpus(path: string): Promise<ImportSummary> {
  const db = openSqlite(path);
  try {
    return await importArticles(db, [requireCorpus()], { batchSize: 1000 });
  } finally {
    db.close();
  }
}

/** The whole archive (every product), when it is there: the scale benchmarks' second corpus. */
export async function importArchive(path: string): Promise<ImportSummary | null> {
  if (!existsSync(ARCHIVE)) {
    console.log(`bench: the whole archive is not at ${ARCHIVE} (set KB_ARCHIVE); measuring the NT corpus only`);
    return null;
  }
  const db = openSqlite(path);
  try {
    return await importArticles(db, [ARCHIVE], { batchSize: 1000 });
  } finally {
    db.close();
  }
}

let postgres: PostgresServer | null = null;

/**
 * The NT corpus in a new database on a throwaway PostgreSQL server (started once per run,
 * stopped on exit), selected for this process; its URL. Null, with a line saying so, without
 * PostgreSQL.
 */
export async function postgresCorpus(name: string): Promise<{ url: string; summary: ImportSummary } | null> {
  if (!postgresBinDir()) {
    console.log("bench: PostgreSQL is not installed here (apt-get install postgresql); measuring SQLite only");
    return null;
  }
  if (!postgres) {
    const server = await startPostgres();
    postgres = server;
    process.on("exit", () => server.stop());
  }
  const url = postgres.createDatabase(name);
  process.env.DATABASE_URL = url;
  await ensureDatabase();
  const pool = openPostgres(url);
  try {
    return { url, summary: await importArticles(pool, [requireCorpus()], { batchSize: 1000 }) };
  } finally {
    await pool.end();
  }
}
