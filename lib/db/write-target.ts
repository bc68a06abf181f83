import type Database from "better-sqlite3";
import type pg from "pg";
import { databaseProvider, databaseUrl } from "../env";
import { openPostgres } from "./postgres";
import { openSqlite } from "./sqlite";

/** Where the bulk writes (an import) go: a SQLite connection, or a pool on a PostgreSQL server. */
export type WriteTarget = Database.Database | pg.Pool;

/** A connection for an import to DATABASE_URL's database, and how to close it. */
export function openWriteTarget(): { target: WriteTarget; close(): Promise<void> } {
  if (databaseProvider() === "postgresql") {
    const pool = openPostgres(databaseUrl());
    return { target: pool, close: () => pool.end() };
  }
  const db = openSqlite();
  return { target: db, close: async () => void db.close() };
}
