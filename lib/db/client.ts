import type Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "../env";
import { PrismaClient } from "../generated/prisma/client";
import { openSqlite } from "./sqlite";

// The process's two connections, and the only place the app's server code gets them: lib
// functions import them; pages, routes and actions call those functions. Both are created
// once per process (Next's dev server re-evaluates modules on every change).
const globalForDb = globalThis as unknown as { prisma?: PrismaClient; sqlite?: Database.Database };

/** Reads and the small writes (sessions, users, sign-in attempts). */
export const prisma =
  globalForDb.prisma ?? new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: databaseUrl() }) });
if (process.env.NODE_ENV !== "production") globalForDb.prisma = prisma;

/**
 * A raw better-sqlite3 connection for article writes, which share the importer's prepared
 * statements and run in one synchronous transaction with their revision and audit rows.
 * Opened on first use, so a test can point DATABASE_URL at its own file first.
 */
export function sqlite(): Database.Database {
  globalForDb.sqlite ??= openSqlite();
  return globalForDb.sqlite;
}
