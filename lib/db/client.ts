import type Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider, databaseUrl } from "../env";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresClient } from "../generated/prisma-pg/client";
import { openSqlite } from "./sqlite";

/** Reads map the file rather than copy each page through read(2): a big search or facet count takes half the time. */
const MMAP_BYTES = 2 ** 30;

// The process's two connections, and the only place the app's server code gets them: lib
// functions import them; pages, routes and actions call those functions. Both are created
// once per process (Next's dev server re-evaluates modules on every change).
const globalForDb = globalThis as unknown as {
  prisma?: PrismaClient;
  indexReads?: PrismaClient;
  sqlite?: Database.Database;
};

/** Reads and the small writes (sessions, users, sign-in attempts). */
export const prisma = globalForDb.prisma ?? connect();
if (process.env.NODE_ENV !== "production") globalForDb.prisma = prisma;

/**
 * The statements that read the full-text index (lib/search). On PostgreSQL they have connections
 * of their own, on which the planner does not scan the table: it prices `search @@ q` as if it
 * were free and, for a word in a third of the articles, reads every article's vector (35-42 ms
 * at 9,364 articles) where the GIN index's bitmap reads none (6 ms). A whole-table read (the
 * facet values, a count) must scan, so the setting cannot be the other connections'. On SQLite,
 * `prisma`.
 */
export const indexReads =
  globalForDb.indexReads ?? (databaseProvider() === "postgresql" ? postgresClient("-c enable_seqscan=off") : prisma);
if (process.env.NODE_ENV !== "production") globalForDb.indexReads = indexReads;

function postgresClient(options?: string): PrismaClient {
  // the same models from the same schema (lib/db/schemas.ts): one type serves both clients
  return new PostgresClient({
    // idle connections do not keep a finished `kb` command alive; `options` in the URL wins over ours
    adapter: new PrismaPg({ connectionString: databaseUrl(), allowExitOnIdle: true, options }),
  }) as unknown as PrismaClient;
}

function connect(): PrismaClient {
  if (databaseProvider() === "postgresql") return postgresClient();
  const client = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: databaseUrl() }) });
  // the adapter runs one statement at a time, in order: this is the connection's first
  client.$queryRawUnsafe(`PRAGMA mmap_size = ${MMAP_BYTES}`).catch(() => {
    // a database that cannot be opened says so on the first real query
  });
  return client;
}

/**
 * SQLite's raw better-sqlite3 connection for article writes, which share the importer's writer
 * and run in one transaction with their revision and audit rows: only lib/db/transaction.ts uses
 * it, one transaction at a time. Opened on first use, so a test can point DATABASE_URL first.
 */
export function sqlite(): Database.Database {
  globalForDb.sqlite ??= openSqlite();
  return globalForDb.sqlite;
}
