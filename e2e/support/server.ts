// Playwright's web servers: a fresh e2e database (content/ plus the seed articles), then npm
// start's path. `postgresql` as the argument: the database is on a throwaway PostgreSQL server,
// stopped whenever this process ends, and its URL is written for the specs' fixtures.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { startPostgres } from "../../scripts/lib/postgres-server";
import { E2E_DATABASE_URL, E2E_PORT, E2E_POSTGRES_PORT, E2E_POSTGRES_URL_FILE } from "./env";
import { freshDatabase, seedArticlePaths } from "./seed";

const postgres = process.argv[2] === "postgresql" ? await startPostgres() : null;
// pg_ctl puts the cluster in a session of its own: only stop() ends it, however this process ends
process.on("exit", () => postgres?.stop());
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));

let url = E2E_DATABASE_URL;
if (postgres) {
  url = postgres.createDatabase("kb_e2e");
  mkdirSync(dirname(E2E_POSTGRES_URL_FILE), { recursive: true });
  rmSync(E2E_POSTGRES_URL_FILE, { force: true });
  writeFileSync(E2E_POSTGRES_URL_FILE, url, { mode: 0o600 });
}
const summary = await freshDatabase(url, seedArticlePaths());
console.log(`e2e database${postgres ? " on PostgreSQL" : ""}: ${summary.articles} seed articles`);

const server = spawn(join("node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
  stdio: "inherit",
  env: { ...process.env, PORT: String(postgres ? E2E_POSTGRES_PORT : E2E_PORT) },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => process.exit(code ?? 0));
