import type Database from "better-sqlite3";
import type pg from "pg";
import { createArticleWriter, type SaveCounts } from "../articles/write";
import { saveArticleRows } from "../articles/write-pg";
import type { ArticleRows } from "../articles/rows";
import { databaseProvider, databaseUrl } from "../env";
import { sqlite } from "./client";
import { lockPostgresContentVersion, readPostgresContentVersion } from "./content-version";
import { noteContentVersion } from "./data-version";
import { inTransaction, openPostgres } from "./postgres";
import { type Queryable, queryableOf } from "./queryable";
import { openSqlite } from "./sqlite";

/**
 * One transaction of an article write (a save, a delete, with its revision and audit rows), in
 * the SQL both databases share, `?` for each parameter. A statement that fails rolls it back.
 */
export interface Tx extends Queryable {
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
    const tx: Tx = { ...queryableOf(db), saveRows: async (rows) => writer.saveRows(rows) };
    db.exec("BEGIN IMMEDIATE");
    try {
      const result = await work(tx);
      db.exec("COMMIT");
      return result;
    } catch (e) {
      if (db.inTransaction) db.exec("ROLLBACK"); // SQLite may have rolled back already
      throw e;
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => {});
  return result;
}

let pool: pg.Pool | null = null;

/**
 * PostgreSQL: a pooled connection that first takes the content version's row (every node's article
 * writes and imports do, so they are ordered as SQLite's write lock orders them, and the revision a
 * save checks cannot change before it commits), waiting at most 5 s as SQLite does for an import.
 * Once committed, this node's caches follow at once, not when the notification comes back.
 */
async function postgresTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  pool ??= openPostgres(databaseUrl());
  let version = -1;
  const result = await inTransaction(pool, async (client) => {
    const tx: Tx = {
      ...queryableOf(client),
      saveRows: async (rows) => (await saveArticleRows(client, [rows]))[0] as never,
    };
    await client.query("SET LOCAL lock_timeout = '5s'");
    await lockPostgresContentVersion(client);
    const answer = await work(tx);
    version = await readPostgresContentVersion(client);
    return answer;
  });
  noteContentVersion(version);
  return result;
}

/** Runs `work` in one write transaction on DATABASE_URL's database: all of it commits, or none. */
export function writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return databaseProvider() === "postgresql" ? postgresTransaction(work) : sqliteTransaction(work);
}

let reader: Database.Database | null = null;

/** Reads outside any write, on a connection of their own: they wait for no lock. */
export function articleReads(): Queryable {
  if (databaseProvider() === "postgresql") {
    pool ??= openPostgres(databaseUrl());
    return queryableOf(pool);
  }
  reader ??= openSqlite();
  return queryableOf(reader);
}
