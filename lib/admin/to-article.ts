import { extractReferences } from "../kb/references";
import type { Article } from "../kb/types";
import type { ArticleInput } from "./article-schema";

/** The writer's Article from admin input: the markdown body is one untitled section. */
export function toArticle(input: ArticleInput): Article {
  const sections = [{ heading: "", body: input.body }];
  return {
    id: input.id,
    title: input.title,
    product: input.product,
    lastModified: input.lastModified,
    versions: input.versions,
    appliesTo: input.appliesTo,
    editions: input.editions,
    keywords: input.keywords,
    footer: input.footer,
    sections,
    files: input.files,
    fixedIn: input.fixedIn,
    hotfixAvailable: input.hotfixAvailable,
    // The importer's reading, so export → import gives back the same references.
    references: extractReferences(sections, input.id),
  };
}
