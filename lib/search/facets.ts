import "server-only";
import { cacheUntilDataChanges } from "../cache/until-data-changes";
import { type AppliesRow, articlesMatching, articlesWhere, facetIndex } from "./facet-index";
import type { ArticleFilters, SearchParams } from "./filters";
import { withoutCommonTerms } from "./common-terms";
import { toFtsQuery } from "./fts-query";
import { searchIndex } from "./index-sql";
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

const APPLIES = ["release", "sp", "edition"] as const;

/**
 * Every facet in one pass over the query's articles (lib/search/facet-index.ts holds what each
 * article offers): each facet counts them under the other facets' filters, so a value's count is
 * what choosing it gives (another product, not products within this one). The AppliesTo facets
 * (release, service pack, edition) count the rows that also meet the other two, as the filter
 * reads one row. The filters mean here what lib/search/filter-sql.ts makes them mean in SQL;
 * facets.test.ts checks every count against the results of choosing it.
 */
async function count(p: FacetParams): Promise<FacetCounts> {
  const parsed = p.q ? toFtsQuery(p.q, { syntax: searchIndex().syntax }) : null;
  if (p.q && !parsed) return noCounts(); // nothing searchable: no result, whatever is chosen
  const query = parsed && (await withoutCommonTerms(parsed));
  const match = query
    ? ({ every: query.all, most: query.most ?? query.any, some: query.any } as const)[p.words ?? "every"]
    : null;
  const [index, matched, withKeyword] = await Promise.all([
    facetIndex(),
    match ? articlesMatching(match) : null,
    p.keyword ? articlesWhere({ keyword: p.keyword }).then((ids) => new Set(ids)) : null,
  ]);
  const wanted = [p.release, p.sp, p.edition] as const;
  const anyWanted = wanted.some(Boolean);
  /** the row meets the chosen AppliesTo values, leaving out column `skip` */
  const rowMeets = (row: AppliesRow, skip: number) => {
    for (let c = 0; c < 3; c++) if (c !== skip && wanted[c] && row[c] !== wanted[c]) return false;
    return true;
  };
  const counts = noCounts();
  const add = (facet: Record<string, number>, value: string) => {
    facet[value] = (facet[value] ?? 0) + 1;
  };
  // Plain loops: this runs for every match (40,000 for a common word), and the closures and
  // arrays of a functional style cost more than the counting.
  const visit = (i: number) => {
    const rows = index.applies[i] ?? [];
    const product = !p.product || index.product[i] === p.product;
    let applies = !anyWanted;
    for (let r = 0; !applies && r < rows.length; r++) applies = rowMeets(rows[r] as AppliesRow, -1);
    const platform = !p.platform || (index.platforms[i] ?? []).includes(p.platform);
    const keyword = !withKeyword || withKeyword.has(index.ids[i] ?? 0);
    const issue = !p.issue || (index.issues[i] ?? []).includes(p.issue);
    const files = p.hasFiles === undefined || index.hasFiles[i] === p.hasFiles;
    const fixed = p.fixed === undefined || index.fixed[i] === p.fixed;
    const others = keyword && files && fixed;
    if (others && applies && platform && issue) add(counts.product, index.product[i] ?? "");
    if (others && product && platform && issue)
      for (let c = 0; c < 3; c++)
        for (let r = 0; r < rows.length; r++) {
          const value = (rows[r] as AppliesRow)[c];
          if (!value || !rowMeets(rows[r] as AppliesRow, c)) continue;
          // an article counts once per value, however many of its rows name it
          let seen = false;
          for (let o = 0; !seen && o < r; o++)
            seen = (rows[o] as AppliesRow)[c] === value && rowMeets(rows[o] as AppliesRow, c);
          if (!seen) add(counts[APPLIES[c] as Counted], value);
        }
    if (others && product && applies && issue)
      for (const value of index.platforms[i] ?? []) add(counts.platform, value);
    if (others && product && applies && platform) for (const value of index.issues[i] ?? []) add(counts.issue, value);
    const rest = keyword && product && applies && platform && issue;
    if (rest && fixed && index.hasFiles[i]) counts.hasFiles++;
    if (rest && files && index.fixed[i]) counts.fixed++;
  };
  if (matched) {
    for (const id of matched) {
      const i = index.position[id] ?? -1; // a deleted article is not in the index
      if (i >= 0) visit(i);
    }
  } else for (let i = 0; i < index.ids.length; i++) visit(i);
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
  const key = JSON.stringify([p.q, p.words, ...FILTERS.map((f) => p[f])]);
  return answers(key, () => count(p));
}

/**
 * Every filter, which count() applies as filter-sql.ts does: a filter added to the schema and
 * not here is a type error, so the counts cannot silently ignore it.
 */
const FILTERS = Object.keys({
  product: 1,
  release: 1,
  sp: 1,
  edition: 1,
  platform: 1,
  keyword: 1,
  issue: 1,
  hasFiles: 1,
  fixed: 1,
} satisfies Record<keyof ArticleFilters, 1>) as (keyof ArticleFilters)[];

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
