import "server-only";
import { normalizeKbId } from "../articles/id";
import { cacheUntilDataChanges } from "../cache/until-data-changes";
import { indexReads, prisma } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { filterConditions } from "./filter-sql";
import { type SearchParams, searchSchema } from "./filters";
import { withoutCommonTerms } from "./common-terms";
import { type FtsQuery, type TermRarity, toFtsQuery } from "./fts-query";
import { searchIndex } from "./index-sql";
import { markByStems } from "./postgres-marks";
import { sectionOf } from "./section";
import { snippetHtml, snippetOf, upToFirstMatchLine } from "./snippet";

export interface SearchHit {
  kbId: string;
  title: string;
  product: string;
  lastModified: string | null;
  /** HTML: the article text escaped, matched words in <mark> */
  snippet: string;
  /** the id of the section the first match in the text is in ("status"), for /kb/Q…#status */
  section: string | null;
}

export interface SearchResult {
  /** at most COUNT_CAP + 1: the page says "1,000+" */
  total: number;
  hits: SearchHit[];
  /** how many of them have every word (at most COUNT_CAP + 1 too) */
  everyWord: number;
  /** when none has every word: how many have all but one (capped too); null when not counted */
  mostWords: number | null;
}

/** Counting stops here: past it the page says "1,000+", and a common word costs no more to count. */
export const COUNT_CAP = 1000;

const matching = (match: string, p: SearchParams) =>
  Prisma.sql`${searchIndex().joined(match)} AND ${filterConditions(p)}`;

/**
 * The ids of the best `take` articles for one expression, best first. The index ranks alone
 * first, a few times more than asked (joining each of thousands of matches to its article
 * before sorting costs three times as much at the archive's size); the filters then apply to
 * those. Only when they leave too few, and the index had more, is the whole join ranked.
 */
async function ranked(match: string, p: SearchParams, take: number, rarity?: TermRarity[]): Promise<number[]> {
  const first = take * 4 + 100;
  const index = searchIndex();
  const rows = await indexReads.$queryRaw<{ id: number }[]>`
    SELECT a.id AS id
    FROM (${index.best(match, first, rarity)}) r
    JOIN "Article" a ON a.id = r.id
    WHERE ${filterConditions(p)}
    ORDER BY r.score, a."kbNumber" LIMIT ${take}`;
  if (rows.length >= take) return rows.map((r) => r.id);
  const [{ n }] = await indexReads.$queryRaw<{ n: number | bigint }[]>`
    SELECT count(*) AS n FROM (${index.ids(match)} LIMIT ${first}) m`;
  if (Number(n) < first) return rows.map((r) => r.id); // every match was looked at
  const all = await indexReads.$queryRaw<{ id: number }[]>`
    SELECT a.id AS id ${matching(match, p)} ORDER BY ${index.score(match, rarity)}, a."kbNumber" LIMIT ${take}`;
  return all.map((r) => r.id);
}

async function count(match: string, p: SearchParams): Promise<number> {
  const rows = await indexReads.$queryRaw<{ n: number | bigint }[]>`
    SELECT count(*) AS n FROM (SELECT 1 ${matching(match, p)} LIMIT ${COUNT_CAP + 1}) m`;
  return Number(rows[0]?.n ?? 0);
}

interface HitText {
  id: number;
  /** the body with every match marked */
  body: string;
  inFiles: number | boolean;
}

/** The page's texts with every match marked: FTS5 marks them itself, PostgreSQL from the stems. */
async function markedTexts(ids: number[], match: string): Promise<HitText[]> {
  const index = searchIndex();
  const rows = await prisma.$queryRaw<(HitText & { query: string })[]>`${index.marked(ids, match)}`;
  return index.syntax === "tsquery" ? markByStems(rows) : rows;
}

/**
 * The page's articles with a snippet of what `match` found, in the order of `ids`, and the
 * section of the text's first match (a match in a heading names that heading). One marked copy
 * of the body gives both: each highlight() tokenizes the whole text again, and a fix list is long.
 * The index is asked for the page's articles alone (lib/search/index-sql.ts).
 */
async function hitsFor(ids: number[], match: string): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  const [texts, articles] = await Promise.all([
    markedTexts(ids, match),
    prisma.$queryRaw<(Omit<SearchHit, "snippet" | "section"> & { id: number })[]>`
      SELECT id, "kbId", title, product, "lastModified" FROM "Article" WHERE id IN (${Prisma.join(ids)})`,
  ]);
  const text = new Map(texts.map((t) => [Number(t.id), t]));
  return articles
    .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
    .map(({ id, ...article }) => {
      const t = text.get(id);
      const upToLine = t ? upToFirstMatchLine(t.body) : null;
      return {
        ...article,
        snippet: snippetHtml(snippetOf(t?.body ?? "")),
        section: (upToLine === null ? null : sectionOf(upToLine)) ?? (t?.inFiles ? "files" : null),
      };
    });
}

// Recent answers, valid until the database changes: support staff repeat the same searches all day.
const answers = cacheUntilDataChanges<SearchResult>(500);

/** Full-text search with bm25 ranking (title above body), filters, and highlighted snippets. */
export function searchArticles(p: SearchParams): Promise<SearchResult> {
  return answers(JSON.stringify(p), () => runSearch(p));
}

/**
 * Ranked by bm25 over any of the words, so an article scores for each word it has: one word it
 * does not use ("hang up" where it says "disconnects") lowers it, it does not lose it. Measured
 * against "every word first" on the relevance set (npm run eval:search): that favours long fix
 * lists and readmes, which have every word somewhere.
 */
async function runSearch(p: SearchParams): Promise<SearchResult> {
  const parsed = toFtsQuery(p.q, { typing: p.typing, syntax: searchIndex().syntax });
  if (!parsed) return { total: 0, everyWord: 0, mostWords: null, hits: [] };
  const query = await withoutCommonTerms(parsed);
  const [ids, counts] = await Promise.all([
    ranked(query.any, p, p.offset + p.limit, query.rarity),
    wordCounts(query, p),
  ]);
  return { ...counts, hits: await hitsFor(ids.slice(p.offset), query.any) };
}

export type WordCounts = Omit<SearchResult, "hits">;

/** How many articles have some of the words, every word, and (when none has every word) all but one. */
async function wordCounts(query: FtsQuery, p: SearchParams): Promise<WordCounts> {
  const [total, all] = await Promise.all([count(query.any, p), query.all === query.any ? null : count(query.all, p)]);
  const everyWord = all ?? total;
  const mostWords = everyWord === 0 && query.most ? await count(query.most, p) : null;
  return { total, everyWord, mostWords };
}

const unfilteredCounts = cacheUntilDataChanges<WordCounts>(500);

/** The counts of the query alone, without filters and without ranking or snippets. */
export function queryWordCounts(q: string): Promise<WordCounts> {
  return unfilteredCounts(q, async () => {
    const query = toFtsQuery(q, { syntax: searchIndex().syntax });
    return query
      ? wordCounts(await withoutCommonTerms(query), searchSchema.parse({ q }))
      : { total: 0, everyWord: 0, mostWords: null };
  });
}

/** "Q244717" or "244717" names an article directly: its id when it exists. */
export async function articleIdFromQuery(q: string): Promise<string | null> {
  const kbId = normalizeKbId(q);
  if (!kbId) return null;
  const found = await prisma.article.findFirst({ where: { kbId, deletedAt: null }, select: { kbId: true } });
  return found?.kbId ?? null;
}
