import { existsSync, rmSync } from "node:fs";
import { txtPath } from "../../lib/corpus";
import { openWriteTarget } from "../../lib/db/write-target";
import { databasePath, databaseProvider } from "../../lib/env";
import { importArticles } from "../../lib/import/import";
import { prepareDatabase } from "../../lib/import/seed";

/** Real corpus articles loaded next to content/ for the e2e specs: searches, filters and file lookups use them. */
export const SEED_ARTICLES = [
  // hotfix file tables of several layouts
  "Q238171",
  "Q156348",
  "Q169742",
  "Q238185",
  "Q142615",
  "Q173385",
  "Q189318",
  "Q235602",
  // "first corrected in Windows NT 4.0 Service Pack 4"; a 3.51-only article
  "Q154985",
  "Q130876",
  // the SP6/6a fix list that names Q238171 (Networking), and a how-to article (related reading)
  "Q244690",
  "Q101229",
];

export function seedArticlePaths(): string[] {
  return SEED_ARTICLES.map(txtPath).filter((p) => existsSync(p));
}

/**
 * `url` made a fresh database (a SQLite file's old copy removed first) holding content/ and the
 * articles at `paths`; DATABASE_URL is left pointing at it.
 */
export async function freshDatabase(url: string, paths: string[]): Promise<{ articles: number }> {
  process.env.DATABASE_URL = url;
  if (databaseProvider() === "sqlite")
    for (const suffix of ["", "-wal", "-shm"]) rmSync(databasePath() + suffix, { force: true });
  await prepareDatabase();
  const { target, close } = openWriteTarget();
  try {
    return await importArticles(target, paths);
  } finally {
    await close();
  }
}
