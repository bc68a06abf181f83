import type Database from "better-sqlite3";
import { createArticleWriter } from "../articles/write";
import type { PreparedResult } from "./article-source";
import { ArchiveError } from "./archive";
import { archiveArticles } from "./archive-articles";
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
  /** total is 0 while it is not known (an archive's first pass is still counting its articles) */
  onProgress?: (done: number, total: number) => void;
  onFailure?: (failure: ImportFailure) => void;
}

/**
 * Parses and upserts every article file under `paths`, and every article in the archives named (.tar, .tar.gz, .tgz, .zip).
 * A file that cannot be read or parsed is reported and skipped; the rest of the import goes on.
 * An archive goes in as one transaction: a truncated or corrupt one leaves the database as it was.
 */
export async function importArticles(
  db: Database.Database,
  paths: string[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const { batchSize = 500, onProgress, onFailure } = options;
  const { files, archives, missing } = findArticleFiles(paths);
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

  // IMMEDIATE: the write lock is taken before anything is read, so a save in a server process is
  // waited for (busy_timeout, 5 s) instead of refused with SQLITE_BUSY. An archive is one
  // transaction: a save during its import waits those 5 s and then fails.
  const saveBatch = db.transaction((batch: string[], results: PreparedResult[]) => {
    for (const [i, result] of results.entries()) {
      if (!result.ok) {
        fail({ file: batch[i], error: result.error.replace(`${batch[i]}: `, ""), line: result.line });
        continue;
      }
      const saved = writer.saveRows(result.rows);
      summary.articles++;
      if (saved.created) summary.created++;
      summary.files += saved.files;
      summary.fixedIn += saved.fixedIn;
      summary.evidence += saved.evidence;
      summary.references += saved.references;
    }
  });

  let done = 0;
  let total = files.length; // grows as each archive's first pass counts its articles
  for await (const { files: batch, results } of parseBatches(files, batchSize, "rows")) {
    saveBatch.immediate(batch, results);
    done += batch.length;
    onProgress?.(done, total);
  }
  for (const archive of archives) {
    const before = { ...summary, failures: summary.failures.length };
    db.exec("BEGIN IMMEDIATE");
    try {
      const articles = archiveArticles(archive, (n) => {
        total += n;
        onProgress?.(done, total);
      });
      for await (const { files: batch, results } of parseBatches(articles, batchSize, "rows")) {
        saveBatch.immediate(batch, results);
        done += batch.length;
        onProgress?.(done, total);
      }
      db.exec("COMMIT");
    } catch (e) {
      db.exec("ROLLBACK");
      if (!(e instanceof ArchiveError)) throw e;
      Object.assign(summary, { ...before, failures: summary.failures.slice(0, before.failures) });
      fail({ file: archive, error: `${e.message}; nothing from it was imported` });
    }
    total = done; // a refused archive's articles are not coming
    onProgress?.(done, total);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
