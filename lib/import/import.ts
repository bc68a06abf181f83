import type Database from "better-sqlite3";
import { createArticleWriter } from "../articles/write";
import { parseArticle } from "../kb";
import { findArticleFiles } from "./find-files";
import { readArticleFile } from "./read-file";

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
export function importArticles(db: Database.Database, paths: string[], options: ImportOptions = {}): ImportSummary {
  const started = performance.now();
  const { batchSize = 500, onProgress, onFailure } = options;
  const { files, missing } = findArticleFiles(paths);
  const writer = createArticleWriter(db);
  const summary: ImportSummary = { articles: 0, created: 0, files: 0, fixedIn: 0, references: 0, failures: [], seconds: 0 };
  const fail = (failure: ImportFailure) => {
    summary.failures.push(failure);
    onFailure?.(failure);
  };
  for (const path of missing) fail({ file: path, error: "no such file or folder" });

  const saveBatch = db.transaction((batch: string[]) => {
    for (const file of batch) {
      let result;
      try {
        result = parseArticle(readArticleFile(file), { path: file });
      } catch (e) {
        fail({ file, error: `cannot read: ${(e as Error).message}` });
        continue;
      }
      if (!result.ok) {
        fail({ file, error: result.error, line: result.line });
        continue;
      }
      const saved = writer.save(result.article);
      summary.articles++;
      if (saved.created) summary.created++;
      summary.files += saved.files;
      summary.fixedIn += saved.fixedIn;
      summary.references += saved.references;
    }
  });

  for (let i = 0; i < files.length; i += batchSize) {
    saveBatch(files.slice(i, i + batchSize));
    onProgress?.(Math.min(i + batchSize, files.length), files.length);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
