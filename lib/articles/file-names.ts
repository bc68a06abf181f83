import "server-only";
import { cacheUntilDataChanges } from "../cache/until-data-changes";
import { indexReads, prisma } from "../db/client";
import { databaseProvider } from "../env";
import { type FileName, type IndexedName, indexedName, SIMILAR, similarNames } from "../search/trigrams";

/** How many names a file page suggests. */
export const SUGGESTIONS = 8;

const shipped = cacheUntilDataChanges<IndexedName[]>(1);

/** Every file name the live articles ship, with its trigrams: a few thousand at the archive's size. */
export function shippedFileNames(): Promise<IndexedName[]> {
  return shipped("", async () => {
    const rows = await prisma.$queryRaw<{ key: string; name: string; article: number }[]>`
      SELECT DISTINCT h."nameKey" AS key, h.name AS name, h."articleId" AS article
      FROM "HotfixFile" h JOIN "Article" a ON a.id = h."articleId" WHERE a."deletedAt" IS NULL`;
    const names = new Map<string, { name: string; articles: Set<number> }>();
    for (const { key, name, article } of rows) {
      const entry = names.get(key) ?? { name, articles: new Set<number>() };
      if (name < entry.name) entry.name = name;
      entry.articles.add(article);
      names.set(key, entry);
    }
    return [...names].map(([key, { name, articles }]) => indexedName({ key, name, articles: articles.size }));
  });
}

let trigramIndex: Promise<boolean> | null = null;

/** PostgreSQL with pg_trgm (lib/db/postgres-search.ts creates it where the role may). */
function hasTrigramIndex(): Promise<boolean> {
  if (databaseProvider() !== "postgresql") return Promise.resolve(false);
  trigramIndex ??= prisma.$queryRaw<unknown[]>`SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'`.then(
    (rows) => rows.length > 0,
    () => {
      trigramIndex = null; // asked again next time
      return false;
    },
  );
  return trigramIndex;
}

/**
 * The shipped file names that hold `name` or look like it ("rasrv.exe" → Rassrv.exe): on
 * PostgreSQL by pg_trgm with its index on HotfixFile.nameKey, elsewhere by the same measure in
 * memory (lib/search/trigrams.ts).
 */
export async function similarFileNames(name: string): Promise<FileName[]> {
  const query = name.trim().toLowerCase();
  if (!query) return [];
  if (!(await hasTrigramIndex())) return similarNames(await shippedFileNames(), query, SUGGESTIONS);
  const like = `%${query.replace(/[\\%_]/g, "\\$&")}%`;
  const rows = await indexReads.$queryRaw<(FileName & { articles: number | bigint })[]>`
    SELECT key, name, articles FROM (
      SELECT h."nameKey" AS key, min(h.name COLLATE "C") AS name, count(DISTINCT h."articleId") AS articles,
             h."nameKey" LIKE ${like} AS contains, similarity(h."nameKey", ${query}) AS score
      FROM "HotfixFile" h JOIN "Article" a ON a.id = h."articleId"
      WHERE a."deletedAt" IS NULL AND (h."nameKey" % ${query} OR h."nameKey" LIKE ${like})
      GROUP BY h."nameKey") s
    WHERE contains OR score >= ${SIMILAR}
    ORDER BY contains DESC, score DESC, key COLLATE "C" LIMIT ${SUGGESTIONS}`;
  return rows.map((r) => ({ ...r, articles: Number(r.articles) }));
}
