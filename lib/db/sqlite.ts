import Database from "better-sqlite3";
import { databasePath } from "../env";

/**
 * A direct better-sqlite3 connection, for the bulk paths where Prisma's per-query overhead
 * matters (the importer writes ~100k rows for the corpus). The app reads through Prisma.
 */
export function openSqlite(path = databasePath()): Database.Database {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  return db;
}
