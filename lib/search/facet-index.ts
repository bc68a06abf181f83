import "server-only";
import { cacheUntilDataChanges } from "../cache/until-data-changes";
import { indexReads, prisma } from "../db/client";
import { dialect } from "../db/dialect";
import { Prisma } from "../generated/prisma/client";
import { ISSUE_TYPE_IDS } from "../kb/issue-types";
import { filterConditions } from "./filter-sql";
import { searchIndex } from "./index-sql";

/** One AppliesTo row: release, service pack, edition. */
export type AppliesRow = [string | null, string | null, string | null];

/**
 * What the facets read of every live article, held in memory until the articles change.
 * Counting facets with joins cost about 6 µs per matched article (250 ms for a query that
 * matches 40,000 of the archive's 60,000); over these arrays it is a fraction of a microsecond.
 */
export interface FacetIndex {
  /** article id → its position in the arrays below, -1 for none (a typed array: looked up per match) */
  position: Int32Array;
  ids: number[];
  product: string[];
  applies: AppliesRow[][];
  platforms: string[][];
  issues: string[][];
  hasFiles: boolean[];
  fixed: boolean[];
}

// One JSON string per query: Prisma builds an object per row returned, which costs more than
// the counting itself (120 ms for 40,000 ids, 8 ms as one string).
async function jsonRows<T>(query: Prisma.Sql, { json = true, index = false } = {}): Promise<T[]> {
  // json: `r` is JSON to nest, not a string (SQLite must be told; an id, twice as fast, need not)
  const rows = Prisma.sql`SELECT ${Prisma.raw(dialect().jsonArrayOf("r", json))} AS rows FROM (${query}) q`;
  // index: `query` reads the full-text index
  const [result] = await (index ? indexReads : prisma).$queryRaw<{ rows: string }[]>(rows);
  return JSON.parse(result?.rows ?? "[]") as T[];
}

const row = (...columns: string[]) => Prisma.raw(dialect().jsonRow(columns));

/** The ids of the articles that meet `filters` (the shared filter SQL, so both agree). */
export const articlesWhere = (filters: Parameters<typeof filterConditions>[0]) =>
  jsonRows<number>(Prisma.sql`SELECT a.id AS r FROM "Article" a WHERE ${filterConditions(filters)}`, { json: false });

/** The ids of the articles a search expression (lib/search/index-sql.ts) matches, live or not. */
export const articlesMatching = (match: string) =>
  jsonRows<number>(Prisma.sql`SELECT id AS r FROM (${searchIndex().ids(match)}) m`, { json: false, index: true });

async function load(): Promise<FacetIndex> {
  const [articles, applies, platforms, issues, withFiles, fixed] = await Promise.all([
    jsonRows<[number, string]>(
      Prisma.sql`SELECT ${row("a.id", "a.product")} AS r FROM "Article" a WHERE ${filterConditions({})}`,
    ),
    jsonRows<[number, ...AppliesRow]>(
      Prisma.sql`SELECT ${row('"articleId"', "release", '"servicePack"', "edition")} AS r FROM "AppliesTo"`,
    ),
    jsonRows<[number, string]>(
      Prisma.sql`SELECT ${row('"articleId"', "platform")} AS r
        FROM (SELECT DISTINCT "articleId", platform FROM "HotfixFile" WHERE platform IS NOT NULL) d`,
    ),
    jsonRows<[number, string]>(
      Prisma.sql`SELECT ${row('"articleId"', "keyword")} AS r FROM "ArticleKeyword"
        WHERE keyword IN (${Prisma.join(ISSUE_TYPE_IDS)})`,
    ),
    articlesWhere({ hasFiles: true }),
    articlesWhere({ fixed: true }),
  ]);
  const index: FacetIndex = {
    position: new Int32Array(articles.reduce((most, [id]) => Math.max(most, id + 1), 0)).fill(-1),
    ids: articles.map(([id]) => id),
    product: articles.map(([, product]) => product),
    applies: articles.map(() => []),
    platforms: articles.map(() => []),
    issues: articles.map(() => []),
    hasFiles: articles.map(() => false),
    fixed: articles.map(() => false),
  };
  articles.forEach(([id], i) => {
    index.position[id] = i;
  });
  const at = (id: number, set: (i: number) => void) => {
    const i = index.position[id] ?? -1;
    if (i >= 0) set(i);
  };
  for (const [id, ...row] of applies) at(id, (i) => index.applies[i]?.push(row));
  for (const [id, platform] of platforms) at(id, (i) => index.platforms[i]?.push(platform));
  for (const [id, issue] of issues) at(id, (i) => index.issues[i]?.push(issue));
  for (const id of withFiles) at(id, (i) => (index.hasFiles[i] = true));
  for (const id of fixed) at(id, (i) => (index.fixed[i] = true));
  return index;
}

const built = cacheUntilDataChanges<FacetIndex>(1);

/** The facet index of the articles as they are now (built once per change of the articles). */
export const facetIndex = (): Promise<FacetIndex> => built("index", load);
