/**
 * PostgreSQL's pg_trgm, for file names: the same similarity computed in JS where there is no
 * pg_trgm (SQLite), so "rasrv.exe" suggests Rassrv.exe on both databases alike.
 */

/** pg_trgm's `%`: names at least this similar are suggested (its similarity_threshold's default). */
export const SIMILAR = 0.3;

/** pg_trgm's trigrams: each run of letters and digits, lower case, padded as "  word ", in threes. */
export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const [word] of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const padded = [..."  ", ...word, " "];
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3).join(""));
  }
  return out;
}

/** pg_trgm's similarity(): the trigrams shared over the trigrams of either. */
export function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const all = a.size + b.size - shared;
  return all === 0 ? 0 : shared / all;
}

export interface FileName {
  /** lower case, as HotfixFile.nameKey */
  key: string;
  /** as written, the first of its spellings in code-point order */
  name: string;
  /** how many live articles ship it */
  articles: number;
}

/** A name with its trigrams, worked out once. */
export type IndexedName = FileName & { grams: Set<string> };

export const indexedName = (name: FileName): IndexedName => ({ ...name, grams: trigrams(name.key) });

/**
 * The names holding `query` first, then those similar to it, the most similar first in each
 * (ties by key): lib/articles/file-names.ts says the same in SQL with pg_trgm's index.
 */
export function similarNames(names: IndexedName[], query: string, limit: number): FileName[] {
  const q = trigrams(query);
  return names
    .map(({ grams, ...n }) => ({ n, contains: n.key.includes(query), score: similarity(grams, q) }))
    .filter((s) => s.contains || s.score >= SIMILAR)
    .sort((a, b) => Number(b.contains) - Number(a.contains) || b.score - a.score || (a.n.key < b.n.key ? -1 : 1))
    .slice(0, limit)
    .map((s) => s.n);
}
