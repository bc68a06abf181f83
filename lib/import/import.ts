import type Database from "better-sqlite3";
import type pg from "pg";
import type { ArticleRows } from "../articles/rows";
import { createArticleWriter } from "../articles/write";
import { type SavedArticle, saveArticleRows } from "../articles/write-pg";
import { lockPostgresContentVersion } from "../db/content-version";
import { inTransaction } from "../db/postgres";
import { isSqlite } from "../db/queryable";
import type { WriteTarget } from "../db/write-target";
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

interface Store {
  /** one batch in one transaction (or in the open atomically()'s) */
  save(batch: ArticleRows[]): Promise<SavedArticle[]>;
  /** everything saved during `work` commits together, or nothing does */
  atomically(work: () => Promise<void>): Promise<void>;
}

// IMMEDIATE: the write lock is taken before anything is read, so a save in a server process is
// waited for (busy_timeout, 5 s) instead of refused with SQLITE_BUSY. An archive is one
// transaction: a save during its import waits those 5 s and then fails.
function sqliteStore(db: Database.Database): Store {
  const writer = createArticleWriter(db);
  const save = db.transaction((batch: ArticleRows[]) => batch.map((rows) => writer.saveRows(rows)));
  return {
    save: async (batch) => save.immediate(batch),
    async atomically(work) {
      db.exec("BEGIN IMMEDIATE");
      try {
        await work();
        db.exec("COMMIT");
      } catch (e) {
        if (db.inTransaction) db.exec("ROLLBACK"); // SQLite may have rolled back already
        throw e;
      }
    },
  };
}

function postgresStore(pool: pg.Pool): Store {
  let open: pg.PoolClient | null = null;
  const writing = <T>(work: (client: pg.PoolClient) => Promise<T>) =>
    inTransaction(pool, async (client) => {
      await lockPostgresContentVersion(client);
      return work(client);
    });
  return {
    save: (batch) => (open ? saveArticleRows(open, batch) : writing((client) => saveArticleRows(client, batch))),
    atomically: (work) =>
      writing(async (client) => {
        open = client;
        try {
          await work();
        } finally {
          open = null;
        }
      }),
  };
}

/**
 * Parses and upserts every article file under `paths`, and every article in the archives named (.tar, .tar.gz, .tgz, .zip).
 * A file that cannot be read or parsed is reported and skipped; the rest of the import goes on.
 * An archive goes in as one transaction: a truncated or corrupt one leaves the database as it was.
 */
export async function importArticles(
  target: WriteTarget,
  paths: string[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const { batchSize = 500, onProgress, onFailure } = options;
  const { files, archives, missing } = findArticleFiles(paths);
  const store = isSqlite(target) ? sqliteStore(target) : postgresStore(target);
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

  const saveBatch = async (batch: string[], results: PreparedResult[]) => {
    const good: ArticleRows[] = [];
    for (const [i, result] of results.entries()) {
      if (result.ok) good.push(result.rows);
      else fail({ file: batch[i], error: result.error.replace(`${batch[i]}: `, ""), line: result.line });
    }
    for (const saved of await store.save(good)) {
      summary.articles++;
      if (saved.created) summary.created++;
      summary.files += saved.files;
      summary.fixedIn += saved.fixedIn;
      summary.evidence += saved.evidence;
      summary.references += saved.references;
    }
  };

  let done = 0;
  let total = files.length; // grows as each archive's first pass counts its articles
  for await (const { files: batch, results } of parseBatches(files, batchSize, "rows")) {
    await saveBatch(batch, results);
    done += batch.length;
    onProgress?.(done, total);
  }
  for (const archive of archives) {
    const before = { ...summary, failures: summary.failures.length };
    try {
      await store.atomically(async () => {
        const articles = archiveArticles(archive, (n) => {
          total += n;
          onProgress?.(done, total);
        });
        for await (const { files: batch, results } of parseBatches(articles, batchSize, "rows")) {
          await saveBatch(batch, results);
          done += batch.length;
          onProgress?.(done, total);
        }
      });
    } catch (e) {
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
