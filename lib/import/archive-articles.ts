// The articles inside an archive, as they stream out of it: what `kb parse` and `kb import` read
// from a .tar.gz or .zip of kbarchive. GitHub's tarball of the repository holds each article up
// to three times (txt/ raw, kb/ Jekyll markdown, docs/ rendered html): each is read once, from
// its best source: the raw .TXT, else the markdown, else the html.
import { type ArchiveEntry, ArchiveError, type EntryOptions, isZipArchive, NAMES_ONLY } from "./archive";
import { isArticleFile } from "./find-files";
import { tarEntries } from "./tar";
import { zipEntries } from "./zip";

/** 0 = raw .TXT, 1 = kbarchive markdown, 2 = rendered html, 3 = anything else (content/ .md). */
function rank(name: string): number {
  if (/\.txt$/i.test(name)) return 0;
  if (/\/README\.md$/i.test(name)) return 1;
  if (/\/index\.html$/i.test(name)) return 2;
  return 3;
}

const idOf = (name: string) => /(Q\d+)(?:\.txt|\/(?:README\.md|index\.html))$/i.exec(name)?.[1].toUpperCase() ?? null;

/** Every file in a .tar, .tar.gz, .tgz or .zip, in archive order. */
export const archiveEntries = (archive: string, options?: EntryOptions): AsyncGenerator<ArchiveEntry> =>
  isZipArchive(archive) ? zipEntries(archive, options) : tarEntries(archive, options);

/**
 * Each article entry as `archive:entry` with its bytes, ready for parseBatches(). A first pass
 * over the names finds each article's best source (and how many articles there are, for
 * `onCount`); the second reads only those. An archive without a single article is refused.
 */
export async function* archiveArticles(
  archive: string,
  onCount?: (articles: number) => void,
): AsyncGenerator<{ file: string; data: Buffer }> {
  // the entry each article is read from: its best source, the first of equals
  const chosen = new Map<string, { name: string; rank: number }>();
  const unnamed = new Set<string>(); // article files without a Q number in their path (content/ markdown)
  for await (const entry of archiveEntries(archive, NAMES_ONLY)) {
    if (!isArticleFile(entry.name)) continue;
    const id = idOf(entry.name);
    const r = rank(entry.name);
    if (!id) unnamed.add(entry.name);
    else if (r < (chosen.get(id)?.rank ?? 4)) chosen.set(id, { name: entry.name, rank: r });
  }
  if (chosen.size + unnamed.size === 0)
    throw new ArchiveError("no articles in the archive (.TXT, README.md or index.html under Qnnnnnn)");
  onCount?.(chosen.size + unnamed.size);
  const wanted = new Set([...unnamed, ...[...chosen.values()].map((c) => c.name)]);
  for await (const entry of archiveEntries(archive, { read: (name) => wanted.has(name) })) {
    if (!wanted.has(entry.name)) continue;
    wanted.delete(entry.name); // the same path twice in a tar: the first is read
    yield { file: `${archive}:${entry.name}`, data: entry.data };
  }
}
