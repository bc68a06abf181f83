import pg from "pg";

/**
 * A pool on the PostgreSQL server DATABASE_URL names, for what Prisma's client does not do:
 * migrations' bookkeeping and, as on SQLite, the bulk paths. The app reads through Prisma.
 */
export function openPostgres(url: string): pg.Pool {
  return new pg.Pool({ connectionString: url, max: 4 });
}

/** SQL written with `?` for each parameter (the two databases' shared spelling) as pg's `$1, $2`. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** The URL without its password, for messages. */
export function displayUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
