import { databaseProvider } from "../env";
import { FTS_TABLE, FTS_WEIGHTS } from "../db/fts";
import { POSTGRES_TEXT_WEIGHTS, TEXT_CONFIG } from "../db/postgres-search";
import { Prisma } from "../generated/prisma/client";
import type { QuerySyntax, TermRarity } from "./fts-query";
import { MATCH_CLOSE, MATCH_OPEN } from "./snippet";

/**
 * The full-text index's SQL, for SQLite's FTS5 table or PostgreSQL's weighted tsvector: the
 * rest of search (ranking under filters, counts, facets, snippets) is written once over these.
 * `match` is an expression toFtsQuery() wrote in this index's `syntax`; a lower score is better.
 */
export interface SearchIndexSql {
  syntax: QuerySyntax;
  /** `id`: every article `match` finds, live or not */
  ids(match: string): Prisma.Sql;
  /** `id`, `score`: the best `limit` of them, by the index alone; `rarity` as FtsQuery's */
  best(match: string, limit: number, rarity?: TermRarity[]): Prisma.Sql;
  /** FROM and WHERE of the articles `a` that `match` finds, to add conditions to */
  joined(match: string): Prisma.Sql;
  /** the score of joined()'s `a` */
  score(match: string, rarity?: TermRarity[]): Prisma.Sql;
  /**
   * `id`, `body`, `inFiles` (a file name matched) of the page's articles: on FTS5 the body with
   * every match marked (MATCH_OPEN/MATCH_CLOSE); on PostgreSQL the body as it is and `query`, the
   * tsquery as text, for markByStems() to mark it
   */
  marked(ids: number[], match: string): Prisma.Sql;
}

const fts = Prisma.raw(FTS_TABLE);
const bm25 = Prisma.raw(`bm25(${FTS_TABLE}, ${Object.values(FTS_WEIGHTS).join(", ")})`);

const FTS5: SearchIndexSql = {
  syntax: "fts5",
  ids: (match) => Prisma.sql`SELECT rowid AS id FROM ${fts} WHERE ${fts} MATCH ${match}`,
  best: (match, limit) =>
    Prisma.sql`SELECT rowid AS id, ${bm25} AS score FROM ${fts} WHERE ${fts} MATCH ${match} ORDER BY score LIMIT ${limit}`,
  joined: (match) => Prisma.sql`FROM ${fts} JOIN "Article" a ON a.id = ${fts}.rowid WHERE ${fts} MATCH ${match}`,
  score: () => bm25,
  // the rowids alone (`rowid IN`, which FTS5 seeks to), joining nothing
  marked: (ids, match) => Prisma.sql`
    SELECT rowid AS id, highlight(${fts}, 1, ${MATCH_OPEN}, ${MATCH_CLOSE}) AS body,
           instr(highlight(${fts}, 3, ${MATCH_OPEN}, ${MATCH_CLOSE}), ${MATCH_OPEN}) > 0 AS "inFiles"
    FROM ${fts} WHERE ${fts} MATCH ${match} AND rowid IN (${Prisma.join(ids)})`,
};

const config = Prisma.raw(`'${TEXT_CONFIG}'`);
const tsquery = (match: string) => Prisma.sql`to_tsquery(${config}, ${match})`;
const tsRank = (column: string, match: string) =>
  Prisma.sql`ts_rank(${Prisma.raw(`'${POSTGRES_TEXT_WEIGHTS}'`)}, ${Prisma.raw(column)}, ${tsquery(match)})`;
// ts_rank weighs every word alike: a rare word the article has counts for no more than "problem".
// With the words' rarities, each word's ts_rank is weighed by its idf, as bm25 weighs it.
const rank = (column: string, match: string, rarity?: TermRarity[]) =>
  rarity && rarity.length > 1
    ? Prisma.sql`-(${Prisma.join(
        rarity.map((r) => Prisma.sql`${r.idf}::float8 * ${tsRank(column, r.term)}`),
        " + ",
      )})`
    : Prisma.sql`-${tsRank(column, match)}`;

const POSTGRES: SearchIndexSql = {
  syntax: "tsquery",
  ids: (match) => Prisma.sql`SELECT id FROM "Article" WHERE search @@ ${tsquery(match)}`,
  best: (match, limit, rarity) => Prisma.sql`
    SELECT id, ${rank("search", match, rarity)} AS score FROM "Article" WHERE search @@ ${tsquery(match)}
    ORDER BY score LIMIT ${limit}`,
  joined: (match) => Prisma.sql`FROM "Article" a WHERE a.search @@ ${tsquery(match)}`,
  score: (match, rarity) => rank("a.search", match, rarity),
  // the body as it is, and the query's lexemes: lib/search/postgres-marks.ts marks it
  marked: (ids, match) => Prisma.sql`
    SELECT id, body, to_tsvector(${config}, kb_words("fileNames")) @@ ${tsquery(match)} AS "inFiles",
           ${tsquery(match)}::text AS query
    FROM "Article" WHERE id IN (${Prisma.join(ids)})`,
};

export const searchIndex = (): SearchIndexSql => (databaseProvider() === "postgresql" ? POSTGRES : FTS5);
