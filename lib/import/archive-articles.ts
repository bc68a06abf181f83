// The articles inside an archive, parsed as they stream out of it: what `kb parse` and
// `kb import` read from a .tar.gz of kbarchive.
import { parseArticle } from "../kb";
import { decodeArticleBytes } from "../kb/node";
import type { ParseResult } from "../kb/types";
import { isArticleFile } from "./find-files";
import { tarEntries } from "./tar";

/** Each article entry as `archive:entry` with its parse result; other entries are skipped. */
export async function* archiveArticles(archive: string): AsyncGenerator<{ file: string; result: ParseResult }> {
  for await (const entry of tarEntries(archive)) {
    if (!isArticleFile(entry.name)) continue;
    const file = `${archive}:${entry.name}`;
    yield { file, result: parseArticle(decodeArticleBytes(entry.data), { path: file }) };
  }
}
