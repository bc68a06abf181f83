import type Database from "better-sqlite3";
import { readContentVersion } from "./content-version";
import { openSqlite } from "./sqlite";

// A connection of its own that never writes. Its data_version moves whenever any other
// connection (the importer, an admin save, Prisma, a sign-in attempt) commits, which costs
// microseconds to read; only then is the content version (content-version.ts) read again, and
// caches key on that: they are kept until the articles change, not until anything is written.
let watcher: Database.Database | null = null;
let seen = -1;
let content = 0;

export function dataVersion(): number {
  watcher ??= openSqlite();
  const now = watcher.pragma("data_version", { simple: true }) as number;
  if (now !== seen) {
    content = readContentVersion(watcher);
    seen = now;
  }
  return content;
}
