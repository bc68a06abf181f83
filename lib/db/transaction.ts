import type Database from "better-sqlite3";
import type pg from "pg";
import { createArticleWriter, type SaveCounts } from "../articles/write";
import { saveArticleRows } from "../articles/write-pg";
import type { ArticleRows } from "../articles/rows";
import { databaseProvider, databaseUrl } from "../env";
import { sqlite } from "./client";
import { numbered, openPostgres } from "./postgres";

/**
 * One transaction of an article write (a save, a delete, with its revision and audit rows), in
 * the SQL both databases share, `?` for each parameter. A statement that fails rolls it back.
 */
export interface Tx {
  all<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  get<T>(sql: string, ...params: unknown[]): Promise<T | undefined>;
  run(sql: string, ...params: unknown[]): Promise<void>;
  /** the article writer's save, in this transaction */
  saveRows(rows: ArticleRows): Promise<{ id: number; created: boolean } & SaveCounts>;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * SQLite: the process's write connection, one transaction at a time (the awaits between its
 * statements must not let another request's statements into it), taking the write lock first
 * (IMMEDIATE), so another process's save is waited for instead of failing with SQLITE_BUSY.
 */
function sqliteTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const run = async () => {
    const db: Database.Database = sqlite();
    const writer = createArticleWriter(db);
    const tx: Tx = {
      all: async (sql, ...params) => db.prepare(sql).all(...params) as never,
      get: async (sql, ...params) => db.prepare(sql).get(...params) as never,
      run: async (sql, ...params) => void db.prepare(sql).run(...params),
      saveRows: async (rows) => writer.saveRows(rows),
    };
    db.exec("BEGIN IMMEDIATE");
    try {
      const result = await work(tx);
      db.exec("COMMIT");
      return result;
    } catch (e) {
      db.exec("ROLLBACK");
      throw e;
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => {});
  return result;
}

let pool: pg.Pool | null = null;

/**
 * PostgreSQL: a pooled connection, and a lock every node's article writes take first, as SQLite's
 * write lock does: the revision a save checks cannot change before it commits.
 */
async function postgresTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  pool ??= openPostgres(databaseUrl());
  const client = await pool.connect();
  const query = async <R>(sql: string, params: unknown[]) => (await client.query(numbered(sql), params)).rows as R[];
  const tx: Tx = {
    all: (sql, ...params) => query(sql, params),
    get: async (sql, ...params) => (await query(sql, params))[0] as never,
    run: async (sql, ...params) => void (await query(sql, params)),
    saveRows: async (rows) => (await saveArticleRows(client, [rows]))[0] as never,
  };
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext('kb article write'))");
    const result = await work(tx);
    await client.query("COMMIT");
    return result;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** Runs `work` in one write transaction on DATABASE_URL's database: all of it commits, or none. */
export function writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return databaseProvider() === "postgresql" ? postgresTransaction(work) : sqliteTransaction(work);
}
