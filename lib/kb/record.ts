// The JSON record `kb parse` prints for one article (the checked contract).
import type { Article } from "./types";

export function toParseRecord(a: Article) {
  return {
    id: a.id,
    title: a.title,
    product: a.product,
    lastModified: a.lastModified,
    versions: a.versions,
    files: a.files,
    fixedIn: a.fixedIn,
    references: a.references,
    editions: a.editions,
    keywords: a.keywords,
    hotfixAvailable: a.hotfixAvailable,
    appliesTo: a.appliesTo,
    footer: a.footer,
  };
}

export type ParseRecord = ReturnType<typeof toParseRecord>;
