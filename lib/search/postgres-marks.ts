import "server-only";
import { Lru } from "../cache/lru";
import { prisma } from "../db/client";
import { STEMMER } from "../db/postgres-search";
import { candidateWords, lexemeRuns, markLexemes } from "./lexeme-marks";

// A word's stem never changes (the dictionary is fixed): the words of recent pages are kept.
const stems = new Lru<string, string>(50_000);

/**
 * The texts PostgreSQL's index found, with their matches marked (lib/search/lexeme-marks.ts):
 * one round trip stems the words that may match, and only those not stemmed before.
 */
export async function markByStems<T extends { body: string; query: string }>(rows: T[]): Promise<Omit<T, "query">[]> {
  if (rows.length === 0) return [];
  const runs = lexemeRuns(rows[0].query);
  const candidates = rows.map((row) => candidateWords(row.body, runs));
  const known = new Map<string, string>();
  const unknown: string[] = [];
  for (const words of candidates)
    for (const { word } of words) {
      if (known.has(word)) continue;
      const stem = stems.get(word);
      if (stem === undefined) unknown.push(word);
      known.set(word, stem ?? "");
    }
  if (unknown.length > 0) {
    const found = await prisma.$queryRaw<{ word: string; stem: string | null }[]>`
      SELECT word, (ts_lexize(${STEMMER}::regdictionary, word))[1] AS stem FROM unnest(${unknown}::text[]) AS word`;
    for (const { word, stem } of found) {
      known.set(word, stem ?? word);
      stems.set(word, stem ?? word);
    }
  }
  return rows.map(({ query: _, ...row }, i) => ({
    ...row,
    body: markLexemes(row.body, runs, candidates[i], (w) => known.get(w)),
  }));
}
