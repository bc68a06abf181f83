import type Database from "better-sqlite3";
import { openSqlite } from "../db/sqlite";

// The admin writes through better-sqlite3 (the importer's writer needs it); one
// connection per server process, kept across dev-server module reloads.
const globalForAdmin = globalThis as unknown as { adminSqlite?: Database.Database };

export function adminDb(): Database.Database {
  globalForAdmin.adminSqlite ??= openSqlite();
  return globalForAdmin.adminSqlite;
}
