// For e2e/postgres: two app nodes on one PostgreSQL server, and beside them one node on a SQLite
// file, all three holding the same articles (content/ and the whole NT corpus, or the e2e seed
// articles where the corpus is not), fresh: a
// throwaway server (scripts/lib/postgres-server.ts), and `npm start`'s path on each, one process
// each. Arguments: the SQLite node's port, then the PostgreSQL nodes'. Prints "ready" once all
// answer; a SIGTERM stops them and the server.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { hasCorpus, TXT_DIR } from "../../lib/corpus";
import { openPostgres } from "../../lib/db/postgres";
import { openSqlite } from "../../lib/db/sqlite";
import { databasePath } from "../../lib/env";
import { importArticles } from "../../lib/import/import";
import { prepareDatabase } from "../../lib/import/seed";
import { startPostgres } from "../../scripts/lib/postgres-server";
import { seedArticlePaths } from "./seed";

const ports = process.argv.slice(2).map(Number);
const articles = hasCorpus ? [TXT_DIR] : seedArticlePaths();
const sqliteUrl = "file:./data/e2e-compare.db";
process.env.DATABASE_URL = sqliteUrl;
for (const suffix of ["", "-wal", "-shm"]) rmSync(databasePath() + suffix, { force: true });
await prepareDatabase();
const db = openSqlite();
await importArticles(db, articles);
db.close();

const server = await startPostgres();
const url = server.createDatabase("kb_e2e");
process.env.DATABASE_URL = url;
await prepareDatabase();
const pool = openPostgres(url);
await importArticles(pool, articles);
await pool.end();

const nodes = ports.map((port, i) =>
  spawn(join("node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: i === 0 ? sqliteUrl : url, PORT: String(port), WEB_CONCURRENCY: "1" },
  }),
);
const stop = () => {
  for (const node of nodes) node.kill("SIGTERM");
  server.stop();
  process.exit(0);
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, stop);
for (const node of nodes) node.on("exit", (code) => code && stop());

const up = async (port: number) => {
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
};
await Promise.all(ports.map(up));
console.log(`ready ${url}`);
