import type Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider, databaseUrl } from "../env";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresClient } from "../generated/prisma-pg/client";
import { SIMILAR } from "../search/trigrams";
import { poolConfig } from "./postgres";
import { openSqlite } from "./sqlite";

/** Reads map the file rather than copy each page through read(2): a big search or facet count takes half the time. */
const MMAP_BYTES = 2 ** 30;

// The process's connections, and the only place the app's server code gets them: lib functions
// import them; pages, routes and actions call those functions. Each is created once per process
// (Next's dev server re-evaluates modules on every change).
const globalForDb = globalThis as unknown as {
  prisma?: PrismaClient;
  indexReads?: PrismaClient;
  sqlite?: Database.Database;
};

/** Reads and the small writes (sessions, users, sign-in attempts). */
export const prisma = globalForDb.prisma ?? connect();
if (process.env.NODE_ENV !== "production") globalForDb.prisma = prisma;

/**
 * The statements that read the full-text and file-name indexes (lib/search, file names). On
 * PostgreSQL they have a few connections of their own, on which the planner does not scan the
 * table: it prices `search @@ q` as if it were free and, for a word in a third of the articles,
 * read every article's vector (35-42 ms at 9,364 articles) where the GIN index's bitmap reads
 * none (6 ms). A whole-table read (the facet values, a count) must scan, so the setting cannot be
 * the other connections'. pg_trgm's `%` is pinned to its default there too, whatever the
 * server's, so both databases suggest the same names. On SQLite, `prisma`.
 */
export const indexReads =
  globalForDb.indexReads ??
  (databaseProvider() === "postgresql"
    ? postgresClient({ max: 4, options: `-c enable_seqscan=off -c pg_trgm.similarity_threshold=${SIMILAR}` })
    : prisma);
if (process.env.NODE_ENV !== "production") globalForDb.indexReads = indexReads;

function postgresClient(settings?: { max: number; options: string }): PrismaClient {
  // the URL's settings, every parameter kept; idle connections do not keep a finished `kb`
  // command alive (poolConfig); our options are added to any the URL gives
  const config = poolConfig(databaseUrl());
  const options = [config.options, settings?.options].filter(Boolean).join(" ") || undefined;
  // the same models from the same schema (lib/db/schemas.ts): one type serves both clients
  return new PostgresClient({
    adapter: new PrismaPg({ ...config, ...(settings && { max: settings.max }), options }),
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
