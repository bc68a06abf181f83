import type Database from "better-sqlite3";
import { openSqlite } from "./sqlite";

// A connection of its own that never writes: its data_version moves whenever any other
// connection (the importer, an admin save, Prisma) commits. Reading it costs microseconds,
// so caches key on it instead of expiring by time.
let watcher: Database.Database | null = null;

export function dataVersion(): number {
  watcher ??= openSqlite();
  return watcher.pragma("data_version", { simple: true }) as number;
}
