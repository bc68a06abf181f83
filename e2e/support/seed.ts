import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

/** The corpus the project reads (never copied into the repo): shared/ beside the clone. */
export const CORPUS = process.env.KB_CORPUS ?? resolve("../shared/corpus/nt");

/** Real corpus articles loaded next to content/ for the e2e specs: searches, filters and file lookups use them. */
export const SEED_ARTICLES = ["Q238171", "Q156348", "Q169742", "Q238185", "Q142615", "Q173385", "Q189318", "Q235602"];

export function seedArticlePaths(): string[] {
  return SEED_ARTICLES.map((id) => join(CORPUS, "txt", id.slice(1, 4), `${id}.TXT`)).filter((p) => existsSync(p));
}
