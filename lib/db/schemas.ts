import type { DatabaseProvider } from "../env";

/**
 * prisma/schema.prisma is the one schema; PostgreSQL's copy is derived from it (another
 * provider and client folder, nothing else), written by `npm run db:schemas` and checked by
 * schemas.test.ts, so the two cannot drift. Each provider keeps its own migrations, which
 * `npm run db:migrate` writes for both from the same change.
 */
export const SCHEMAS = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgresql: { schema: "prisma/postgresql/schema.prisma", migrations: "prisma/postgresql/migrations" },
} as const satisfies Record<DatabaseProvider, { schema: string; migrations: string }>;

const HEADER = "// Generated from prisma/schema.prisma by `npm run db:schemas`: edit that file, not this one.\n";

/** PostgreSQL's schema from SQLite's. */
export function postgresSchema(sqlite: string): string {
  const out = sqlite
    .replace(/provider = "sqlite"/, 'provider = "postgresql"')
    .replace(/output\s*=\s*"\.\.\/lib\/generated\/prisma"/, 'output   = "../../lib/generated/prisma-pg"');
  if (!out.includes('provider = "postgresql"') || !out.includes("prisma-pg"))
    throw new Error("prisma/schema.prisma: its datasource provider or client output is not where expected");
  return HEADER + out;
}
