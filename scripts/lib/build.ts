import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const SOURCES = ["app", "components", "lib", "next.config.ts", "package.json", "postcss.config.mjs", "tsconfig.json"];
const NEXT_BIN = join("node_modules", ".bin", "next");
const NEXT_ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (path.endsWith("generated")) return 0;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** True when there is no build or a source file is newer than it. */
export function needsBuild(): boolean {
  const buildId = join(".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(s) > built);
}

/** Runs `next build` when needed; exits the process if the build fails. */
export function ensureBuilt(): void {
  if (!needsBuild()) return;
  console.log("kb: building the app (sources changed since the last build)…");
  const build = spawnSync(NEXT_BIN, ["build"], { stdio: "inherit", env: NEXT_ENV });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
