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

/**
 * Forks the workers and replaces one that dies, unless they keep dying at start-up (then the
 * server stops with an error rather than loop). SIGINT/SIGTERM stop them all, killed after 10 s.
 */
function superviseWorkers(n: number) {
  const live = new Set<number>();
  let stopping = false;
  let quickDeaths = 0;
  const fork = () => {
    const worker = cluster.fork();
    const started = Date.now();
    live.add(worker.id);
    worker.on("exit", (code, signal) => {
      live.delete(worker.id);
      if (stopping) {
        if (live.size === 0) process.exit(0);
        return;
      }
      quickDeaths = Date.now() - started < 10_000 ? quickDeaths + 1 : 0;
      if (quickDeaths >= 5) {
        console.error("kb: the server processes keep stopping as they start; giving up");
        process.exit(1);
      }
      console.error(`kb: server process ${worker.process.pid} stopped (${signal ?? code}); starting another`);
      setTimeout(() => stopping || fork(), 1000);
    });
  };
  for (let i = 0; i < n; i++) fork();
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
      if (live.size === 0) process.exit(0);
      setTimeout(() => {
        for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
        process.exit(0);
      }, 10_000).unref();
    });
}
