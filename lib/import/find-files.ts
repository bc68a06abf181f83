import { readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { isArchive } from "./archive";

/** Raw Qnnn.TXT, kbarchive's Qnnn/README.md and Qnnn/index.html, and content/ markdown. */
export function isArticleFile(path: string): boolean {
  const name = basename(path);
  if (/^Q\d+\.txt$/i.test(name)) return true;
  if (/^(README\.md|index\.html)$/i.test(name)) return /^Q\d+$/i.test(basename(dirname(path)));
  return /\.md$/i.test(name);
}

/**
 * Article files under the given files or folders, in a stable order, and the archives named
 * (.tar, .tar.gz, .tgz, .zip: lib/import/archive.ts). Missing paths are reported, not thrown.
 */
export function findArticleFiles(paths: string[]): { files: string[]; archives: string[]; missing: string[] } {
  const files: string[] = [];
  const archives: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (isArticleFile(path)) files.push(path);
    }
  };
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      missing.push(p);
      continue;
    }
    if (isDir) walk(p);
    else if (isArchive(p)) archives.push(p);
    else files.push(p);
  }
  return { files, archives, missing };
}
