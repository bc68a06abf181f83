// npm start: prepare the database, build when the sources are newer than the last build, serve
// from WEB_CONCURRENCY processes (lib/http/workers.ts) sharing the port.
import cluster from "node:cluster";
import { ConfigError } from "../lib/env";
import { isSampleOnly, LOAD_ARCHIVE_COMMAND } from "../lib/articles/sample";
import { workerCount } from "../lib/http/workers";
import { prepareDatabase } from "../lib/import/seed";
import { ensureBuilt } from "./lib/build";
import { serve } from "./lib/serve";

const port = Number(process.env.PORT ?? 3000);

if (cluster.isPrimary) {
  let workers = 1;
  try {
    workers = workerCount(process.env.WEB_CONCURRENCY);
    const { articles } = await prepareDatabase();
    if (isSampleOnly(articles))
      console.log(
        `kb: the database holds the ${articles}-article sample; load the whole archive with: ${LOAD_ARCHIVE_COMMAND}`,
      );
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(`kb: ${e.message}`);
    process.exit(1);
  }
  ensureBuilt();
  if (workers === 1) await serve(port);
  else superviseWorkers(workers);
} else {
  await serve(port, { quiet: cluster.worker?.id !== 1 });
}

/** Forks the workers, replaces one that dies, and stops them all on SIGINT/SIGTERM. */
function superviseWorkers(n: number) {
  let stopping = false;
  for (let i = 0; i < n; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.error(`kb: server process ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    setTimeout(() => cluster.fork(), 1000);
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
      cluster.on("exit", () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      });
    });
}
