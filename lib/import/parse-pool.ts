import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type ArticleSource, type Output, prepareSource, type SourceResult, sourceName } from "./article-source";

/** The writing thread keeps a core to itself: more parsers than the rest only slow it down. */
const WORKERS = Math.max(1, Math.min(3, availableParallelism() - 1));

/** Below this many articles the workers' start-up costs more than they save. */
const WORKER_THRESHOLD = 400;

export interface ParsedBatch<O extends Output> {
  files: string[];
  results: SourceResult<O>[];
}

async function* batchesOf(sources: AsyncIterable<ArticleSource> | Iterable<ArticleSource>, size: number) {
  let batch: ArticleSource[] = [];
  for await (const source of sources) {
    batch.push(source);
    if (batch.length < size) continue;
    yield batch;
    batch = [];
  }
  if (batch.length > 0) yield batch;
}

const inline = <O extends Output>(batch: ArticleSource[], output: O): ParsedBatch<O> => ({
  files: batch.map(sourceName),
  results: batch.map((s) => prepareSource(s, output)),
});

/**
 * Parsed batches in source order: files to read, or entries streaming out of an archive. With
 * enough of them, parsing runs on worker threads a batch ahead of the caller, so reading and
 * parsing overlap with the caller's SQLite writes; with `output: "rows"` the workers also derive
 * the rows to store, so that thread only writes. An error from the sources (a corrupt archive)
 * reaches the caller, and the workers are stopped.
 */
export async function* parseBatches<O extends Output>(
  sources: AsyncIterable<ArticleSource> | Iterable<ArticleSource>,
  batchSize: number,
  output: O,
): AsyncGenerator<ParsedBatch<O>> {
  const batches = batchesOf(sources, batchSize);
  const head: ArticleSource[][] = [];
  let seen = 0;
  while (seen < WORKER_THRESHOLD) {
    const next = await batches.next();
    if (next.done) {
      for (const batch of head) yield inline(batch, output);
      return;
    }
    head.push(next.value);
    seen += next.value.length;
  }
  const workers = Array.from({ length: WORKERS }, () => new Worker(new URL("./parse-worker.mjs", import.meta.url)));
  const pending = new Map<number, (results: SourceResult<O>[]) => void>();
  const failed = new Promise<never>((_, reject) => {
    for (const w of workers) w.once("error", reject);
  });
  failed.catch(() => {}); // observed through Promise.race below
  for (const w of workers)
    w.on("message", ({ id, results }: { id: number; results: SourceResult<O>[] }) => pending.get(id)?.(results));
  let sent = 0;
  const send = async (): Promise<{ id: number; files: string[]; results: Promise<SourceResult<O>[]> } | null> => {
    const batch = head.shift() ?? (await batches.next()).value;
    if (!batch) return null;
    const id = sent++;
    const results = new Promise<SourceResult<O>[]>((resolve) => pending.set(id, resolve));
    workers[id % workers.length].postMessage({ id, sources: batch, output });
    return { id, files: batch.map(sourceName), results };
  };
  try {
    const inFlight: { id: number; files: string[]; results: Promise<SourceResult<O>[]> }[] = [];
    for (let i = 0; i < workers.length + 1; i++) {
      const job = await send();
      if (job) inFlight.push(job);
    }
    while (inFlight.length > 0) {
      const job = inFlight.shift()!;
      const results = await Promise.race([job.results, failed]);
      pending.delete(job.id);
      const next = await send();
      if (next) inFlight.push(next);
      yield { files: job.files, results };
    }
  } finally {
    await batches.return(undefined);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
