// The NT corpus: the public kbarchive articles that tests, benchmarks and the e2e seed read.
// It lives outside the repo ($KB_CORPUS, default ../shared/corpus/nt beside the clone) and is
// never copied into it.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));

export const CORPUS = resolve(process.env.KB_CORPUS ?? join(projectRoot, "../shared/corpus/nt"));

/** Every raw .TXT article, in folders of a thousand numbers (see corpusFolder). */
export const TXT_DIR = join(CORPUS, "txt");

export const hasCorpus = existsSync(TXT_DIR);

/** The whole archive, every product (60,038 articles): ../shared/corpus/kbarchive-txt.tar.gz ($KB_ARCHIVE). */
export const ARCHIVE = resolve(process.env.KB_ARCHIVE ?? join(CORPUS, "..", "kbarchive-txt.tar.gz"));

/** The folder an article sits in: its number padded to six digits, first three ("Q74950" → "074"). */
export function corpusFolder(id: string): string {
  return id.slice(1).padStart(6, "0").slice(0, 3);
}

/** The raw article: txt/074/Q74950.TXT */
export const txtPath = (id: string) => join(TXT_DIR, corpusFolder(id), `${id}.TXT`);

/** The kbarchive markdown twin, when there is one: kb/097/Q97558/README.md */
export const kbarchivePath = (id: string) => join(CORPUS, "kb", corpusFolder(id), id, "README.md");
