// npm start: prepare the database, build when the sources are newer than the last build, serve.
import { spawn } from "node:child_process";
import { ConfigError } from "../lib/env";
import { prepareDatabase } from "../lib/import/seed";
import { ensureBuilt, NEXT_BIN, NEXT_ENV } from "./lib/build";

try {
  await prepareDatabase();
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  console.error(`kb: ${e.message}`);
  process.exit(1);
}

ensureBuilt();

const port = process.env.PORT ?? "3000";
const server = spawn(NEXT_BIN, ["start", "-p", port], { stdio: "inherit", env: NEXT_ENV });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
