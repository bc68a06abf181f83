import { readFileSync } from "node:fs";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const cp1252 = new TextDecoder("windows-1252");

/** Article files are UTF-8 (content/) or Windows-1252 (the 1990s .TXT): try the strict one first. */
export function readArticleFile(path: string): string {
  const bytes = readFileSync(path);
  try {
    return utf8.decode(bytes);
  } catch {
    return cp1252.decode(bytes);
  }
}
