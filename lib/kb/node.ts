// Node-only helper (kept out of the browser-safe parser core): read an article file and parse it.
// KB .TXT files are Windows-1252 while the rendered html pages are UTF-8: valid UTF-8 is read
// as such, anything else as Windows-1252.
import { readFileSync } from "node:fs";
import { parseArticle } from "./index";
import type { ParseResult } from "./types";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const cp1252 = new TextDecoder("windows-1252");

/** An article's bytes as text: UTF-8 when they are valid UTF-8, else Windows-1252. */
export function decodeArticleBytes(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return cp1252.decode(bytes);
  }
}

export const readArticleText = (path: string): string => decodeArticleBytes(readFileSync(path));

export function parseArticleFile(path: string): ParseResult {
  let text: string;
  try {
    text = readArticleText(path);
  } catch (e) {
    return { ok: false, error: `${path}: cannot read: ${e instanceof Error ? e.message : String(e)}` };
  }
  return parseArticle(text, { path });
}
