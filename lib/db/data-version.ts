import type Database from "better-sqlite3";
import pg from "pg";
import { databaseProvider, databaseUrl } from "../env";
import { CONTENT_CHANNEL, readContentVersion, readPostgresContentVersion } from "./content-version";
import { poolConfig } from "./postgres";
import { openSqlite } from "./sqlite";

// A connection of its own that never writes. Its data_version moves whenever any other
// connection (the importer, an admin save, Prisma, a sign-in attempt) commits, which costs
// microseconds to read; only then is the content version (content-version.ts) read again, and
// caches key on that: they are kept until the articles change, not until anything is written.
let watcher: Database.Database | null = null;
let seen = -1;
let content = 0;

export function dataVersion(): number {
  if (databaseProvider() === "postgresql") return postgresVersion();
  watcher ??= openSqlite();
  const now = watcher.pragma("data_version", { simple: true }) as number;
  if (now !== seen) {
    content = readContentVersion(watcher);
    seen = now;
  }
  return content;
}

// PostgreSQL, for many app nodes: a connection LISTENs for the triggers' notifications and reads
// the version when one comes, and once a second besides (a notification sent while it was
// reconnecting is not lost for longer). Until a connection has read it, the version is a new
// negative number per attempt: what was cached while it was unknown is not kept after.
let listening = false;
let postgresContent = -1;
let attempts = 0;

function postgresVersion(): number {
  if (!listening) {
    listening = true;
    void listen();
  }
  return postgresContent;
}

/** This node's own commit's version: its caches follow at once, not when the notification comes. */
export function noteContentVersion(version: number): void {
  if (version > postgresContent) postgresContent = version;
}

async function listen(): Promise<void> {
  attempts++;
  if (postgresContent < 0) postgresContent = -1 - attempts;
  const client = new pg.Client({ ...poolConfig(databaseUrl()), keepAlive: true, query_timeout: 5000 });
  // as the server says, even lower (a restored database): only this node's own commits use the max
  const read = async () => {
    postgresContent = await readPostgresContentVersion(client);
  };
  let retried = false;
  const retry = () => {
    if (retried) return; // the error event and the failed query both land here
    retried = true;
    clearInterval(poll);
    client.removeAllListeners("notification");
    void client.end().catch(() => {});
    setTimeout(() => void listen(), 1000).unref();
  };
  const poll = setInterval(() => void read().catch(retry), 1000);
  poll.unref();
  client.on("error", retry);
  client.on("notification", () => void read().catch(retry));
  try {
    await client.connect();
    await client.query(`LISTEN ${CONTENT_CHANNEL}`);
    await read();
  } catch {
    retry();
  }
}
