import { rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { hasCorpus, TXT_DIR } from "../../../lib/corpus";
import { ensureDatabase } from "../../../lib/db/ensure";
import { openSqlite } from "../../../lib/db/sqlite";
import { importArticles, type ImportSummary } from "../../../lib/import/import";

export const BENCH_DIR = resolve(".bench");

export function requireCorpus(): string {
  if (!hasCorpus) {
    console.error(`bench: the NT corpus is not at ${TXT_DIR} (set KB_CORPUS)`);
    process.exit(2);
  }
  return TXT_DIR;
}

/** A fresh database file under .bench/, selected for this process. */
export async function freshDatabase(name: string): Promise<string> {
  const path = join(BENCH_DIR, `${name}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
  process.env.DATABASE_URL = `file:${path}`;
  await ensureDatabase();
  return path;
}

export async function importCorpus(path: string): Promise<ImportSummary> {
  const db = openSqlite(path);
  try {
    return await importArticles(db, [requireCorpus()], { batchSize: 1000 });
  } finally {
    db.close();
  }
}

const CHILDREN = [
  ["HotfixFile", "articleId", "position, name, nameKey, size, platform, date, time, version"],
  ["ArticleKeyword", "articleId", "keyword"],
  ["AppliesTo", "articleId", "release, servicePack, edition"],
] as const;

/**
 * Adds `copies` copies of every article under new ids (Q1244717, Q2244717, ...), with their
 * rows and references shifted to the copies: a corpus the size of the whole kbarchive.
 */
export function multiplyCorpus(path: string, copies: number): number {
  const db = openSqlite(path);
  try {
    db.transaction(() => {
      for (let k = 1; k <= copies; k++) {
        const shift = k * 1_000_000;
        db.prepare(
          `INSERT INTO "Article" (kbId, kbNumber, title, product, lastModified, body, keywords, versions, appliesTo, editions, footer, hotfixAvailable, createdAt, updatedAt)
           SELECT 'Q' || (kbNumber + ?), kbNumber + ?, title, product, lastModified, body, keywords, versions, appliesTo, editions, footer, hotfixAvailable, createdAt, updatedAt
           FROM "Article" WHERE kbNumber < 1000000`,
        ).run(shift, shift);
        const pair = `FROM "Article" o JOIN "Article" n ON n.kbNumber = o.kbNumber + ${shift} WHERE o.kbNumber < 1000000`;
        for (const [table, fk, columns] of CHILDREN) {
          const select = columns
            .split(", ")
            .map((c) => `c.${c}`)
            .join(", ");
          db.exec(
            `INSERT INTO "${table}" (${fk}, ${columns}) SELECT n.id, ${select} ${pair.replace("WHERE", `JOIN "${table}" c ON c.${fk} = o.id WHERE`)}`,
          );
        }
        db.exec(
          `INSERT INTO "Evidence" (articleId, targetKbId, kind, release, edition, servicePack, quote, section) SELECT n.id, 'Q' || (CAST(substr(e.targetKbId, 2) AS INTEGER) + ${shift}), e.kind, e.release, e.edition, e.servicePack, e.quote, e.section ${pair.replace("WHERE", 'JOIN "Evidence" e ON e.articleId = o.id WHERE')}`,
        );
        db.exec(
          `INSERT INTO "Reference" (sourceId, targetKbId) SELECT n.id, 'Q' || (CAST(substr(r.targetKbId, 2) AS INTEGER) + ${shift}) ${pair.replace("WHERE", 'JOIN "Reference" r ON r.sourceId = o.id WHERE')}`,
        );
      }
    })();
    return (db.prepare(`SELECT count(*) AS n FROM "Article"`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}
