// Playwright's web servers: a fresh e2e database (content/ plus the seed articles), then npm
// start's path. `postgresql` as the argument: the database is on a throwaway PostgreSQL server,
// stopped when Playwright stops this process, and its URL is written for the specs' fixtures.
import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openPostgres } from "../../lib/db/postgres";
import { openSqlite } from "../../lib/db/sqlite";
import { databasePath } from "../../lib/env";
import { importArticles } from "../../lib/import/import";
import { prepareDatabase } from "../../lib/import/seed";
import { startPostgres } from "../../scripts/lib/postgres-server";
import { E2E_DATABASE_URL, E2E_PORT, E2E_POSTGRES_PORT, E2E_POSTGRES_URL_FILE } from "./env";
import { seedArticlePaths } from "./seed";

const onPostgres = process.argv[2] === "postgresql";
const postgres = onPostgres ? await startPostgres() : null;
let summary: { articles: number };
if (postgres) {
  process.env.DATABASE_URL = postgres.createDatabase("kb_e2e");
  writeFileSync(E2E_POSTGRES_URL_FILE, process.env.DATABASE_URL, { mode: 0o600 });
  await prepareDatabase();
  const pool = openPostgres(process.env.DATABASE_URL);
  summary = await importArticles(pool, seedArticlePaths());
  await pool.end();
} else {
  process.env.DATABASE_URL = E2E_DATABASE_URL;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(databasePath() + suffix, { force: true });
  await prepareDatabase();
  const db = openSqlite();
  summary = await importArticles(db, seedArticlePaths());
  db.close();
}
console.log(`e2e database${postgres ? " on PostgreSQL" : ""}: ${summary.articles} seed articles`);

const server = spawn(join("node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
  stdio: "inherit",
  env: { ...process.env, PORT: String(postgres ? E2E_POSTGRES_PORT : E2E_PORT) },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => {
  postgres?.stop();
  process.exit(code ?? 0);
});
