// Worker thread of the import pipeline: parses batches of files while the main thread writes.
import { parentPort } from "node:worker_threads";
import { parseArticleFile } from "../kb/node";

parentPort?.on("message", ({ id, files }: { id: number; files: string[] }) => {
  parentPort?.postMessage({ id, results: files.map((f) => parseArticleFile(f)) });
});
