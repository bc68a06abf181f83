import "server-only";
import { countArticles } from "../articles/queries";
import { cacheUntilDataChanges } from "../cache/until-data-changes";
import { indexReads } from "../db/client";
import { type FtsQuery, SYNTAX } from "./fts-query";
import { searchIndex } from "./index-sql";

/**
 * Elasticsearch's cutoff_frequency, for the full-text index: a word in more than this share of the articles
 * ("using", "file", "error" at the archive's size) is not enough on its own to make a result, and
 * is left out of the ranking, which it barely moves (bm25's idf is under 0.85 for it, about 7 for
 * a rare word) and where it costs the most (tens of thousands of matches to score). It still
 * counts for "every word". A query of such words alone is left as it is.
 */
export const COMMON_SHARE = 0.3;

const matches = cacheUntilDataChanges<number>(10_000);

/** How many articles have `term`, counted up to `cap` (a common word costs no more than that). */
async function matchesUpTo(term: string, cap: number): Promise<number> {
  const rows = await indexReads.$queryRaw<{ n: number | bigint }[]>`
    SELECT count(*) AS n FROM (${searchIndex().ids(term)} LIMIT ${cap}) m`;
  return Number(rows[0]?.n ?? 0);
}

/**
 * The query with its `any` (what is ranked, and what "some of the words" means) made of the
 * telling words, and its "all but one" kept to articles that have one of them.
 */
export async function withoutCommonTerms(query: FtsQuery): Promise<FtsQuery> {
  if (query.terms.length < 2) return query;
  const articles = await countArticles();
  const cutoff = Math.floor(articles * COMMON_SHARE);
  const counts = await Promise.all(
    query.terms.map((term) => matches(`${cutoff} ${term}`, () => matchesUpTo(term, cutoff + 1))),
  );
  // a word no article has (a typo) tells nothing either: it must not leave only itself to match
  const telling = query.terms.filter((_, i) => counts[i] > 0 && counts[i] <= cutoff);
  const common = query.terms.filter((_, i) => counts[i] > cutoff);
  // bm25's idf, from the counts (exact below the cutoff)
  const idf = (n: number) => Math.log(1 + (articles - n + 0.5) / (n + 0.5));
  const rarity = (terms: string[]) => terms.map((term) => ({ term, idf: idf(counts[query.terms.indexOf(term)]) }));
  if (telling.length === 0 || common.length === 0)
    return { ...query, rarity: rarity(query.terms.filter((_, i) => counts[i] > 0)) };
  const { and, or } = SYNTAX[query.syntax];
  const any = telling.join(or);
  // "all but one" must not count articles that have only common words: they are not results
  return { ...query, any, most: query.most && `(${query.most})${and}(${any})`, rarity: rarity(telling) };
}
