import { join } from "node:path";
import { ensureDatabase } from "../db/ensure";
import { ROOT } from "../db/migrate";
import { queryableOf } from "../db/queryable";
import { openWriteTarget } from "../db/write-target";
import { importArticles, type ImportSummary } from "./import";

export const CONTENT_DIR = join(ROOT, "content");

/**
 * Makes DATABASE_URL ready to serve: created, migrated, indexed, and, when it is new,
 * loaded with the shipped content/ articles. An existing database is never re-seeded, so
 * running this twice changes nothing and an admin's edits are never overwritten.
 */
export async function prepareDatabase(): Promise<{ path: string; seeded: ImportSummary | null; articles: number }> {
  const { path, created } = await ensureDatabase();
  const { target, close } = openWriteTarget();
  try {
    const seeded = created ? await importArticles(target, [CONTENT_DIR]) : null;
    const live = await queryableOf(target).get<{ n: number | string }>(
      `SELECT count(*) AS n FROM "Article" WHERE "deletedAt" IS NULL`,
    );
    return { path, seeded, articles: Number(live?.n ?? 0) };
  } finally {
    await close();
  }
}
