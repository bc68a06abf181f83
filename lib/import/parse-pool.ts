import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ParseResult } from "../kb/types";
import { parseArticleFile } from "../kb/node";

/** Below this many files the workers' start-up costs more than they save. */
const WORKER_THRESHOLD = 400;

/**
 * Parsed batches in file order. With enough files, parsing runs on worker threads, each a
 * batch ahead of the caller, so reading and parsing overlap with the caller's SQLite writes.
 */
export async function* parseBatches(
  files: string[],
  batchSize: number,
): AsyncGenerator<{ files: string[]; results: ParseResult[] }> {
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += batchSize) batches.push(files.slice(i, i + batchSize));
  if (files.length < WORKER_THRESHOLD) {
    for (const batch of batches) yield { files: batch, results: batch.map((f) => parseArticleFile(f)) };
    return;
  }
  const workers = Array.from(
    { length: Math.min(2, availableParallelism()) },
    () => new Worker(new URL("./parse-worker.mjs", import.meta.url)),
  );
  const pending = new Map<number, (results: ParseResult[]) => void>();
  const failed = new Promise<never>((_, reject) => {
    for (const w of workers) w.once("error", reject);
  });
  for (const w of workers)
    w.on("message", ({ id, results }: { id: number; results: ParseResult[] }) => pending.get(id)?.(results));
  const request = (id: number) =>
    new Promise<ParseResult[]>((resolve) => {
      pending.set(id, resolve);
      workers[id % workers.length].postMessage({ id, files: batches[id] });
    });
  try {
    const inFlight = batches.slice(0, workers.length).map((_, id) => request(id));
    for (let id = 0; id < batches.length; id++) {
      const results = await Promise.race([inFlight.shift()!, failed]);
      pending.delete(id);
      if (id + workers.length < batches.length) inFlight.push(request(id + workers.length));
      yield { files: batches[id], results };
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
