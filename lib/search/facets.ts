import "server-only";
import { cacheUntilDataChanges } from "../cache/until-data-changes";
import { prisma } from "../db/client";
import { FTS_TABLE } from "../db/fts";
import { Prisma } from "../generated/prisma/client";
import { ISSUE_TYPE_IDS } from "../kb/issue-types";
import { filterConditions } from "./filter-sql";
import type { ArticleFilters, SearchParams } from "./filters";
import { withoutCommonTerms } from "./common-terms";
import { toFtsQuery } from "./fts-query";
import { queryWordCounts, type WordCounts } from "./search";

type Counted = "product" | "release" | "sp" | "edition" | "platform" | "issue";

/** How many articles each filter value would give, under the query and the other filters. */
export type FacetCounts = Record<Counted, Record<string, number>> & { hasFiles: number; fixed: number };

export type Words = "every" | "most" | "some";

export interface FacetParams extends ArticleFilters {
  q?: string;
  /** which of the query's articles are counted: those with every word (the default), all but one, or any */
  words?: Words;
}

const fts = Prisma.raw(FTS_TABLE);
// SQLite cannot know how few articles the query matched, and would start from a whole facet
// table (every AppliesTo row, every kbbug keyword: 50 ms for a query with two matches);
// CROSS JOIN makes it start from the matches.
const matched = Prisma.sql`m CROSS JOIN "Article" a ON a.id = m.id`;

/**
 * Every facet in one statement: the query's articles are found once (a materialized CTE), then
 * each facet groups them under the other facets' filters, so a value's count is what choosing it
 * gives (another product, not products within this one). The AppliesTo facets (release, service
 * pack, edition) count the rows that also meet the other two, as the filter reads one row.
 */
async function count(p: FacetParams): Promise<FacetCounts> {
  const parsed = p.q ? toFtsQuery(p.q) : null;
  if (p.q && !parsed) return noCounts(); // nothing searchable: no result, whatever is chosen
  const query = parsed && (await withoutCommonTerms(parsed));
  const match = query
    ? ({ every: query.all, most: query.most ?? query.any, some: query.any } as const)[p.words ?? "every"]
    : null;
  const base = match
    ? Prisma.sql`SELECT rowid AS id FROM ${fts} WHERE ${fts} MATCH ${match}`
    : Prisma.sql`SELECT id FROM "Article"`;
  const without = (...keys: (keyof ArticleFilters)[]) =>
    filterConditions({ ...p, ...Object.fromEntries(keys.map((k) => [k, undefined])) });
  const applies = (own: "release" | "servicePack" | "edition") => {
    const other = (
      [
        ["release", p.release],
        ["servicePack", p.sp],
        ["edition", p.edition],
      ] as const
    ).filter(([column, value]) => column !== own && value);
    return Prisma.join([Prisma.sql`1`, ...other.map(([c, v]) => Prisma.sql`f.${Prisma.raw(c)} = ${v}`)], " AND ");
  };
  const appliesFacet = (name: Counted, column: "release" | "servicePack" | "edition") => Prisma.sql`
    SELECT ${name} AS facet, f.${Prisma.raw(column)} AS value, count(DISTINCT a.id) AS n
    FROM ${matched} CROSS JOIN "AppliesTo" f ON f.articleId = a.id
    WHERE f.${Prisma.raw(column)} IS NOT NULL AND ${applies(column)} AND ${without("release", "sp", "edition")}
    GROUP BY 2`;
  const rows = await prisma.$queryRaw<{ facet: string; value: string; n: number | bigint }[]>`
    WITH m AS MATERIALIZED (${base})
    SELECT 'product' AS facet, a.product AS value, count(*) AS n
      FROM ${matched} WHERE ${without("product")} GROUP BY 2
    UNION ALL ${appliesFacet("release", "release")}
    UNION ALL ${appliesFacet("sp", "servicePack")}
    UNION ALL ${appliesFacet("edition", "edition")}
    UNION ALL SELECT 'platform', h.platform, count(DISTINCT a.id)
      FROM ${matched} CROSS JOIN "HotfixFile" h ON h.articleId = a.id
      WHERE h.platform IS NOT NULL AND ${without("platform")} GROUP BY 2
    UNION ALL SELECT 'issue', k.keyword, count(*)
      FROM ${matched} CROSS JOIN "ArticleKeyword" k ON k.articleId = a.id
      WHERE k.keyword IN (${Prisma.join(ISSUE_TYPE_IDS)}) AND ${without("issue")} GROUP BY 2
    UNION ALL SELECT 'hasFiles', '1', count(*)
      FROM ${matched} WHERE ${filterConditions({ ...p, hasFiles: true })}
    UNION ALL SELECT 'fixed', '1', count(*)
      FROM ${matched} WHERE ${filterConditions({ ...p, fixed: true })}`;
  const counts = noCounts();
  for (const { facet, value, n } of rows) {
    if (facet === "hasFiles" || facet === "fixed") counts[facet] = Number(n);
    else counts[facet as Counted][value] = Number(n);
  }
  return counts;
}

const noCounts = (): FacetCounts => ({
  product: {},
  release: {},
  sp: {},
  edition: {},
  platform: {},
  issue: {},
  hasFiles: 0,
  fixed: 0,
});

const answers = cacheUntilDataChanges<FacetCounts>(200);

/** The filters' counts for /kb (no query) and /search: what each value would give. */
export function facetCounts(p: FacetParams): Promise<FacetCounts> {
  const { q, words, product, release, sp, edition, platform, keyword, issue, hasFiles, fixed } = p;
  const key = JSON.stringify([q, words, product, release, sp, edition, platform, keyword, issue, hasFiles, fixed]);
  return answers(key, () => count(p));
}

/**
 * /search's counts, and which articles they count: those with every word when the query alone
 * (without filters) has any, else those with all but one, else those with some (counting tens of
 * thousands of "some" matches costs far more, and says little). Decided by the query alone, so
 * choosing a value gives the count it showed, and the result line counts the same way (`words`).
 */
export async function searchFacets(p: SearchParams): Promise<{ counts: FacetCounts; words: Words }> {
  const unfiltered = await queryWordCounts(p.q);
  const words: Words = unfiltered.everyWord > 0 ? "every" : (unfiltered.mostWords ?? 0) > 0 ? "most" : "some";
  return { counts: await facetCounts({ ...p, words }), words };
}

/** The number the result line gives first, for the articles `words` counts. */
export function countedResults(r: WordCounts, words: Words): number {
  return words === "every" ? r.everyWord : words === "most" ? (r.mostWords ?? r.total) : r.total;
}
