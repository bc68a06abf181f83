import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "../env";
import { PrismaClient } from "../generated/prisma/client";

// One client per process: Next's dev server re-evaluates modules on every change.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma =
  globalForPrisma.prisma ?? new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: databaseUrl() }) });

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
