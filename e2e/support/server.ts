// Playwright's web server: a fresh e2e database (content/ plus the seed articles), then npm start's path.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { databasePath } from "../../lib/env";
import { openSqlite } from "../../lib/db/sqlite";
import { importArticles } from "../../lib/import/import";
import { prepareDatabase } from "../../lib/import/seed";
import { E2E_DATABASE_URL, E2E_PORT } from "./env";
import { seedArticlePaths } from "./seed";

process.env.DATABASE_URL = E2E_DATABASE_URL;
for (const suffix of ["", "-wal", "-shm"]) rmSync(databasePath() + suffix, { force: true });
await prepareDatabase();
const db = openSqlite();
const summary = await importArticles(db, seedArticlePaths());
db.close();
console.log(`e2e database: ${summary.articles} seed articles`);

const server = spawn(join("node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
  stdio: "inherit",
  env: { ...process.env, PORT: String(E2E_PORT) },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
