import { type ArticleRows, articleRows } from "../articles/rows";
import { parseArticle } from "../kb";
import { decodeArticleBytes, parseArticleFile } from "../kb/node";
import type { ParseResult } from "../kb/types";

/** An article to parse: a file to read, or an archive entry's bytes ("archive.tar.gz:txt/…"). */
export type ArticleSource = string | { file: string; data: Uint8Array };

/** What the parse pool hands back: the parsed article (kb parse), or the rows to store (kb import). */
export type Output = "article" | "rows";
export type Failure = Extract<ParseResult, { ok: false }>;
export type PreparedResult = { ok: true; rows: ArticleRows } | Failure;
export type SourceResult<O extends Output> = O extends "rows" ? PreparedResult : ParseResult;

export const sourceName = (source: ArticleSource) => (typeof source === "string" ? source : source.file);

export function parseSource(source: ArticleSource): ParseResult {
  if (typeof source === "string") return parseArticleFile(source);
  return parseArticle(decodeArticleBytes(source.data), { path: source.file });
}

export function prepareSource<O extends Output>(source: ArticleSource, output: O): SourceResult<O> {
  const result = parseSource(source);
  return (output === "rows" && result.ok ? { ok: true, rows: articleRows(result.article) } : result) as SourceResult<O>;
}
