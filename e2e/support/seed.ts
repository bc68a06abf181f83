import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

/** The corpus the project reads (never copied into the repo): shared/ beside the clone. */
export const CORPUS = process.env.KB_CORPUS ?? resolve("../shared/corpus/nt");

/** Real corpus articles loaded next to content/ for the e2e specs: searches, filters and file lookups use them. */
export const SEED_ARTICLES = [
  // hotfix file tables of several layouts
  "Q238171", "Q156348", "Q169742", "Q238185", "Q142615", "Q173385", "Q189318", "Q235602",
  // "first corrected in Windows NT 4.0 Service Pack 4"; a 3.51-only article
  "Q154985", "Q130876",
];

export function seedArticlePaths(): string[] {
  return SEED_ARTICLES.map((id) => join(CORPUS, "txt", id.slice(1).padStart(6, "0").slice(0, 3), `${id}.TXT`)).filter((p) => existsSync(p));
}
