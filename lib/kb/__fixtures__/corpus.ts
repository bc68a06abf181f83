// Test helpers over the shared corpus (located by lib/corpus.ts, never copied into the repo).
import { readFileSync } from "node:fs";
import path from "node:path";
import { ARCHIVE, CORPUS, txtPath } from "../../corpus";
import { readArticleText } from "../node";

/** The raw .TXT text of a corpus article. */
export const readCorpusTxt = (id: string) => readArticleText(txtPath(id));

export interface ManifestRow {
  id: string;
  txt: string;
  md: string | null;
  html: string | null;
  flags: string[];
}

/** nt_manifest.tsv rows (paths made absolute). */
export function manifest(): ManifestRow[] {
  const file = path.join(CORPUS, "..", "nt_manifest.tsv");
  const base = path.dirname(file);
  return readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split("\t"))
    .map((c) => ({
      id: c[0],
      txt: path.join(base, c[3]),
      md: c[4] ? path.join(base, c[4]) : null,
      html: c[5] ? path.join(base, c[5]) : null,
      flags: (c[8] ?? "").split(/[,; ]+/).filter(Boolean),
    }));
}

/** The raw .TXT of archive articles that are not in the NT corpus, read in one pass of the tarball. */
export async function readArchiveTxts(ids: string[]): Promise<Map<string, string>> {
  const { tarEntries } = await import("../../import/tar");
  const { decodeArticleBytes } = await import("../node");
  const wanted = new Set(ids);
  const found = new Map<string, string>();
  for await (const entry of tarEntries(ARCHIVE)) {
    const id = /\/(Q\d+)\.TXT$/i.exec(entry.name)?.[1];
    if (id && wanted.has(id)) found.set(id, decodeArticleBytes(entry.data));
    if (found.size === wanted.size) break;
  }
  return found;
}
