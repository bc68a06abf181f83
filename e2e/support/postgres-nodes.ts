// For e2e/postgres: two app nodes on one PostgreSQL server, and beside them one node on a SQLite
// file, all three holding the same articles (content/ and the whole NT corpus, or the e2e seed
// articles where the corpus is not), fresh: a
// throwaway server (scripts/lib/postgres-server.ts), and `npm start`'s path on each, one process
// each. Arguments: the SQLite node's port, then the PostgreSQL nodes'. Prints "ready" once all
// answer; a SIGTERM stops them and the server.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { hasCorpus, TXT_DIR } from "../../lib/corpus";
import { startPostgres } from "../../scripts/lib/postgres-server";
import { freshDatabase, seedArticlePaths } from "./seed";

const ports = process.argv.slice(2).map(Number);
const articles = hasCorpus ? [TXT_DIR] : seedArticlePaths();
const sqliteUrl = "file:./data/e2e-compare.db";
await freshDatabase(sqliteUrl, articles);
const server = await startPostgres();
process.on("exit", () => server.stop());
const url = server.createDatabase("kb_e2e");
await freshDatabase(url, articles);

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
