// Worker thread of the import pipeline: parses batches of articles while the main thread writes.
import { parentPort } from "node:worker_threads";
import { type ArticleSource, type Output, prepareSource } from "./article-source";

parentPort?.on("message", ({ id, sources, output }: { id: number; sources: ArticleSource[]; output: Output }) => {
  parentPort?.postMessage({ id, results: sources.map((s) => prepareSource(s, output)) });
});
