// The articles inside an archive, parsed as they stream out of it: what `kb parse` and
// `kb import` read from a .tar.gz of kbarchive. GitHub's tarball of the repository holds each
// article up to three times (txt/ raw, kb/ Jekyll markdown, docs/ rendered html): each is read
// once, from its best source: the raw .TXT, else the markdown, else the html.
import { parseArticle } from "../kb";
import { decodeArticleBytes } from "../kb/node";
import type { ParseResult } from "../kb/types";
import { isArticleFile } from "./find-files";
import { ArchiveError, tarEntries } from "./tar";

/** 0 = raw .TXT, 1 = kbarchive markdown, 2 = rendered html, 3 = anything else (content/ .md). */
function rank(name: string): number {
  if (/\.txt$/i.test(name)) return 0;
  if (/\/README\.md$/i.test(name)) return 1;
  if (/\/index\.html$/i.test(name)) return 2;
  return 3;
}

const idOf = (name: string) => /(Q\d+)(?:\.txt|\/(?:README\.md|index\.html))$/i.exec(name)?.[1].toUpperCase() ?? null;

/**
 * Each article entry as `archive:entry` with its parse result. A first pass over the headers
 * finds each article's best source; the second reads only those. An archive without a single
 * article is refused.
 */
export async function* archiveArticles(archive: string): AsyncGenerator<{ file: string; result: ParseResult }> {
  const best = new Map<string, number>();
  let articles = 0;
  for await (const entry of tarEntries(archive, { data: false })) {
    if (!isArticleFile(entry.name)) continue;
    articles++;
    const id = idOf(entry.name);
    if (id) best.set(id, Math.min(best.get(id) ?? 3, rank(entry.name)));
  }
  if (articles === 0)
    throw new ArchiveError("no articles in the archive (.TXT, README.md or index.html under Qnnnnnn)");
  for await (const entry of tarEntries(archive)) {
    if (!isArticleFile(entry.name)) continue;
    const id = idOf(entry.name);
    if (id && best.get(id) !== rank(entry.name)) continue;
    const file = `${archive}:${entry.name}`;
    yield { file, result: parseArticle(decodeArticleBytes(entry.data), { path: file }) };
  }
}
