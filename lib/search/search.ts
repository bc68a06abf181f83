import "server-only";
import { normalizeKbId } from "../articles/id";
import { Lru } from "../cache/lru";
import { prisma } from "../db/client";
import { dataVersion } from "../db/data-version";
import { FTS_TABLE, FTS_WEIGHTS } from "../db/fts";
import { Prisma } from "../generated/prisma/client";
import { filterConditions } from "./filter-sql";
import type { SearchParams } from "./filters";
import { toFtsQuery } from "./fts-query";
import { MATCH_CLOSE, MATCH_OPEN, snippetHtml } from "./snippet";

export interface SearchHit {
  kbId: string;
  title: string;
  product: string;
  lastModified: string | null;
  /** HTML: the article text escaped, matched words in <mark> */
  snippet: string;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  /** the query matched no article with every word, so these match any word */
  relaxed: boolean;
}

const weights = Prisma.raw(Object.values(FTS_WEIGHTS).join(", "));
const fts = Prisma.raw(FTS_TABLE);

async function run(match: string, p: SearchParams): Promise<{ total: number; hits: SearchHit[] }> {
  const where = Prisma.sql`${fts} MATCH ${match} AND ${filterConditions(p)}`;
  const [rows, count] = await Promise.all([
    prisma.$queryRaw<(Omit<SearchHit, "snippet"> & { snippet: string })[]>`
      SELECT a.kbId AS kbId, a.title AS title, a.product AS product, a.lastModified AS lastModified,
             snippet(${fts}, 1, ${MATCH_OPEN}, ${MATCH_CLOSE}, '…', 28) AS snippet
      FROM ${fts} JOIN "Article" a ON a.id = ${fts}.rowid
      WHERE ${where}
      ORDER BY bm25(${fts}, ${weights}), a.kbNumber
      LIMIT ${p.limit} OFFSET ${p.offset}`,
    prisma.$queryRaw<{ n: number | bigint }[]>`
      SELECT count(*) AS n FROM ${fts} JOIN "Article" a ON a.id = ${fts}.rowid WHERE ${where}`,
  ]);
  return {
    total: Number(count[0]?.n ?? 0),
    hits: rows.map((r) => ({ ...r, snippet: snippetHtml(r.snippet) })),
  };
}

// Recent answers, valid until the database changes: support staff repeat the same searches all day.
const answers = new Lru<string, Promise<SearchResult>>(500);
let answersVersion = -1;

/** Full-text search with bm25 ranking (title above body), filters, and highlighted snippets. */
export async function searchArticles(p: SearchParams): Promise<SearchResult> {
  const version = dataVersion();
  if (version !== answersVersion) {
    answers.clear();
    answersVersion = version;
  }
  const key = JSON.stringify(p);
  let answer = answers.get(key);
  if (!answer) {
    answer = runSearch(p);
    answers.set(key, answer);
    answer.catch(() => answers.clear());
  }
  return answer;
}

async function runSearch(p: SearchParams): Promise<SearchResult> {
  const query = toFtsQuery(p.q);
  if (!query) return { total: 0, hits: [], relaxed: false };
  const strict = await run(query.all, p);
  if (strict.total > 0 || query.any === query.all) return { ...strict, relaxed: false };
  return { ...(await run(query.any, p)), relaxed: true };
}

/** "Q244717" or "244717" names an article directly: its id when it exists. */
export async function articleIdFromQuery(q: string): Promise<string | null> {
  const kbId = normalizeKbId(q);
  if (!kbId) return null;
  const found = await prisma.article.findFirst({ where: { kbId, deletedAt: null }, select: { kbId: true } });
  return found?.kbId ?? null;
}
