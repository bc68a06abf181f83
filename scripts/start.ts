// npm start: prepare the database, build when the sources are newer than the last build, serve.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { ConfigError } from "../lib/env";
import { prepareDatabase } from "../lib/import/seed";

const SOURCES = ["app", "components", "lib", "public", "next.config.ts", "package.json", "postcss.config.mjs", "tsconfig.json"];
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
const next = join("node_modules", ".bin", "next");

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (path.endsWith("generated")) return 0;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function needsBuild(): boolean {
  const buildId = join(".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(s) > built);
}

try {
  await prepareDatabase();
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  console.error(`kb: ${e.message}`);
  process.exit(1);
}

if (needsBuild()) {
  console.log("kb: building the app (sources changed since the last build)…");
  const build = spawnSync(next, ["build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? "3000";
const server = spawn(next, ["start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
