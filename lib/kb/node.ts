// Node-only helper (kept out of the browser-safe parser core): read an article file and parse it.
// KB files are Windows-1252; decoding them as UTF-8 would mangle the odd non-ASCII byte.
import { readFileSync } from "node:fs";
import { parseArticle } from "./index";
import type { ParseResult } from "./types";

const cp1252 = new TextDecoder("windows-1252");

export const readArticleText = (path: string) => cp1252.decode(readFileSync(path));

export function parseArticleFile(path: string): ParseResult {
  let text: string;
  try {
    text = readArticleText(path);
  } catch (e) {
    return { ok: false, error: `${path}: cannot read: ${e instanceof Error ? e.message : String(e)}` };
  }
  return parseArticle(text, { path });
}
