import type Database from "better-sqlite3";
import { createArticleWriter } from "../articles/write";
import type { ParseResult } from "../kb/types";
import { findArticleFiles } from "./find-files";
import { parseBatches } from "./parse-pool";

export interface ImportFailure {
  file: string;
  error: string;
  line?: number;
}

export interface ImportSummary {
  articles: number;
  created: number;
  files: number;
  fixedIn: number;
  evidence: number;
  references: number;
  failures: ImportFailure[];
  seconds: number;
}

export interface ImportOptions {
  /** articles per transaction: big enough to amortize commits, small enough to keep progress moving */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  onFailure?: (failure: ImportFailure) => void;
}

/**
 * Parses and upserts every article file under `paths`. A file that cannot be read or
 * parsed is reported and skipped; the rest of the import goes on.
 */
export async function importArticles(
  db: Database.Database,
  paths: string[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const { batchSize = 500, onProgress, onFailure } = options;
  const { files, missing } = findArticleFiles(paths);
  const writer = createArticleWriter(db);
  const summary: ImportSummary = {
    articles: 0,
    created: 0,
    files: 0,
    fixedIn: 0,
    evidence: 0,
    references: 0,
    failures: [],
    seconds: 0,
  };
  const fail = (failure: ImportFailure) => {
    summary.failures.push(failure);
    onFailure?.(failure);
  };
  for (const path of missing) fail({ file: path, error: "no such file or folder" });

  const saveBatch = db.transaction((batch: string[], results: ParseResult[]) => {
    for (const [i, result] of results.entries()) {
      if (!result.ok) {
        fail({ file: batch[i], error: result.error.replace(`${batch[i]}: `, ""), line: result.line });
        continue;
      }
      const saved = writer.save(result.article);
      summary.articles++;
      if (saved.created) summary.created++;
      summary.files += saved.files;
      summary.fixedIn += saved.fixedIn;
      summary.evidence += saved.evidence;
      summary.references += saved.references;
    }
  });

  let done = 0;
  for await (const { files: batch, results } of parseBatches(files, batchSize)) {
    saveBatch(batch, results);
    done += batch.length;
    onProgress?.(done, files.length);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
