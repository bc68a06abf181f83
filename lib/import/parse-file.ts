import { parseArticle } from "../kb";
import type { ParseResult } from "../kb/types";
import { readArticleFile } from "./read-file";

/** Reads and parses one file; an unreadable file is a failed result like any other. */
export function parseFile(file: string): ParseResult {
  try {
    return parseArticle(readArticleFile(file), { path: file });
  } catch (e) {
    return { ok: false, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
}
