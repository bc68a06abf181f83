import { isAbsolute, resolve } from "node:path";

/** Where the SQLite database lives unless DATABASE_URL says otherwise. */
export const DEFAULT_DATABASE_URL = "file:./data/kb.db";

export class ConfigError extends Error {}

export type DatabaseProvider = "sqlite" | "postgresql";

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

/** Which database DATABASE_URL names: a SQLite file (the default) or a PostgreSQL server. */
export function databaseProvider(env: Record<string, string | undefined> = process.env): DatabaseProvider {
  return POSTGRES_URL.test((env.DATABASE_URL ?? "").trim()) ? "postgresql" : "sqlite";
}

/**
 * DATABASE_URL as an absolute `file:` URL, or the PostgreSQL URL as given. Relative paths
 * resolve against the working directory (the project root for npm scripts), so the app, the CLI
 * and tests agree.
 */
export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
  if (databaseProvider(env) === "postgresql") return (env.DATABASE_URL ?? "").trim();
  return `file:${databasePath(env)}`;
}

/** The database file path named by DATABASE_URL; throws ConfigError with a one-line message. */
export function databasePath(env: Record<string, string | undefined> = process.env): string {
  const raw = (env.DATABASE_URL ?? DEFAULT_DATABASE_URL).trim();
  const match = /^file:(?:\/\/)?([^?#]+)$/.exec(raw);
  if (!match || match[1].trim() === "" || match[1].endsWith("/")) {
    throw new ConfigError(
      `DATABASE_URL must be a SQLite file URL such as ${DEFAULT_DATABASE_URL} or a postgresql:// URL (got ${JSON.stringify(raw.replace(/:[^:@/]*@/, ":***@"))})`,
    );
  }
  const path = decodeURIComponent(match[1]);
  return isAbsolute(path) ? path : resolve(/*turbopackIgnore: true*/ process.cwd(), path);
}
