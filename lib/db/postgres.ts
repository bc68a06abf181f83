import pg from "pg";
import { parse } from "pg-connection-string";

// "timestamp without time zone" read as UTC: the app writes UTC (ISO strings) into it, and pg
// would read it in the process's own time zone
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.TIMESTAMP
      ? (s: string) => new Date(`${s.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * A pool on the PostgreSQL server DATABASE_URL names, for what Prisma's client does not do:
 * migrations' bookkeeping, the import's batches and the article writes' transactions.
 */
export function openPostgres(url: string): pg.Pool {
  const pool = new pg.Pool({ ...poolConfig(url), max: 4, types });
  // an idle connection the server drops (a restart) must not take the process down
  pool.on("error", (e) => console.error(`kb: a PostgreSQL connection was lost: ${e.message}`));
  return pool;
}

/**
 * The URL as pg's settings, every parameter kept (sslmode, host=/socket, ...); a pool's idle
 * connections do not keep a finished command alive.
 */
export function poolConfig(url: string): pg.PoolConfig {
  return { ...(parse(url) as pg.PoolConfig), allowExitOnIdle: true };
}

/** `work` in one transaction on a connection of `pool`: it commits, or it rolls back and throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const lost = () => {}; // the query in flight rejects; that is the error to report
  client.on("error", lost);
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.off("error", lost);
    client.release();
  }
}

/**
 * SQL written with `?` for each parameter (the two databases' shared spelling) as pg's `$1, $2`.
 * Every `?` is a parameter: none of our SQL has one in a string literal or a jsonb operator.
 */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** The URL without its password (in the user part or a `password` parameter), for messages. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    if (u.searchParams.has("password")) u.searchParams.set("password", "***");
    return u.toString();
  } catch {
    return "the DATABASE_URL given (not a valid URL)";
  }
}
