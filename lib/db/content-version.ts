// A number that moves whenever what the public pages show changes, and only then: SQLite's
// data_version moves on any commit, and every sign-in attempt writes a row, so a stranger
// posting to /signin once a second would keep every cache empty. Triggers on the tables an
// article's pages are read from bump one row. The article writer always writes the Article row
// with its files, references and applicability, so Article and Evidence (rebuilt on its own
// when the fix rules change) are the tables to watch. Created by ensureDatabase(), as the
// search index is. On PostgreSQL the triggers also NOTIFY, so every app node's caches follow an
// edit made on another at once (data-version.ts).
import type Database from "better-sqlite3";
import type pg from "pg";

const TABLE = "content_version";
const WATCHED = ["Article", "Evidence"] as const;
const EVENTS = ["INSERT", "UPDATE", "DELETE"] as const;

export function ensureContentVersion(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS ${TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)`);
  db.exec(`INSERT OR IGNORE INTO ${TABLE} (id, version) VALUES (1, 0)`);
  for (const table of WATCHED)
    for (const event of EVENTS)
      db.exec(`CREATE TRIGGER IF NOT EXISTS ${TABLE}_${table.toLowerCase()}_${event.toLowerCase()}
        AFTER ${event} ON "${table}" BEGIN UPDATE ${TABLE} SET version = version + 1 WHERE id = 1; END`);
}

/** The number as committed, read on `db`. */
export function readContentVersion(db: Database.Database): number {
  return (db.prepare(`SELECT version FROM ${TABLE} WHERE id = 1`).get() as { version: number }).version;
}

/** The channel PostgreSQL's triggers notify on. */
export const CONTENT_CHANNEL = "kb_content";

/** The same on PostgreSQL: one bump and one notification per statement, so a batch costs one. */
export async function ensurePostgresContentVersion(client: pg.PoolClient): Promise<void> {
  // replacing a trigger locks its table against writers: only when one is missing
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_trigger WHERE tgname = ANY($1) AND to_regclass('${TABLE}') IS NOT NULL`,
    [WATCHED.map((table) => `${TABLE}_${table.toLowerCase()}`)],
  );
  if (Number(rows[0]?.n) === WATCHED.length) return;
  await client.query(
    `CREATE TABLE IF NOT EXISTS ${TABLE} (id int PRIMARY KEY CHECK (id = 1), version bigint NOT NULL)`,
  );
  await client.query(`INSERT INTO ${TABLE} (id, version) VALUES (1, 0) ON CONFLICT DO NOTHING`);
  await client.query(`CREATE OR REPLACE FUNCTION ${TABLE}_bump() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE ${TABLE} SET version = version + 1 WHERE id = 1;
      PERFORM pg_notify('${CONTENT_CHANNEL}', '');
      RETURN NULL;
    END $$`);
  for (const table of WATCHED)
    await client.query(`CREATE OR REPLACE TRIGGER ${TABLE}_${table.toLowerCase()}
      AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION ${TABLE}_bump()`);
}

/**
 * Taken first by every transaction that writes articles, before any row of theirs: the triggers
 * would take it at their first statement's end, after rows another writer may be waiting for.
 */
export async function lockPostgresContentVersion(client: pg.PoolClient): Promise<void> {
  await client.query(`SELECT version FROM ${TABLE} WHERE id = 1 FOR UPDATE`);
}

export async function readPostgresContentVersion(client: pg.Client | pg.Pool | pg.PoolClient): Promise<number> {
  const { rows } = await client.query<{ version: string }>(`SELECT version FROM ${TABLE} WHERE id = 1`);
  return Number(rows[0]?.version ?? 0);
}
