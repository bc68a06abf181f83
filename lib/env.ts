import { isAbsolute, resolve } from "node:path";

/** Where the SQLite database lives unless DATABASE_URL says otherwise. */
export const DEFAULT_DATABASE_URL = "file:./data/kb.db";

export class ConfigError extends Error {}

/**
 * DATABASE_URL as an absolute `file:` URL. Relative paths resolve against the working
 * directory (the project root for npm scripts), so the app, the CLI and tests agree.
 */
export function databaseUrl(env: Record<string, string | undefined> = process.env): string {
  return `file:${databasePath(env)}`;
}

/** The database file path named by DATABASE_URL; throws ConfigError with a one-line message. */
export function databasePath(env: Record<string, string | undefined> = process.env): string {
  const raw = (env.DATABASE_URL ?? DEFAULT_DATABASE_URL).trim();
  const match = /^file:(?:\/\/)?([^?#]+)$/.exec(raw);
  if (!match || match[1].trim() === "" || match[1].endsWith("/")) {
    throw new ConfigError(
      `DATABASE_URL must be a SQLite file URL such as ${DEFAULT_DATABASE_URL} (got ${JSON.stringify(raw)})`,
    );
  }
  const path = decodeURIComponent(match[1]);
  return isAbsolute(path) ? path : resolve(/*turbopackIgnore: true*/ process.cwd(), path);
}
