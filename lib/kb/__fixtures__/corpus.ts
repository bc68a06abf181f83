// Test helper: locate the shared corpus (not copied into the repo) and read its articles.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readArticleText } from "../node";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const CORPUS = process.env.KB_CORPUS ?? path.resolve(repoRoot, "../shared/corpus/nt");
export const hasCorpus = existsSync(path.join(CORPUS, "txt"));

export const txtPath = (id: string) => path.join(CORPUS, "txt", id.slice(1, 4), `${id}.TXT`);
export const mdPath = (id: string) => path.join(CORPUS, "kb", id.slice(1, 4), id, "README.md");
export const readTxt = (id: string) => readArticleText(txtPath(id));

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
