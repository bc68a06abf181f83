import type { Article } from "../kb/types";
import type { ArticleInput } from "./article-schema";

/** Q-numbers cited in the body, as the importer records them: sorted, unique, not the article itself. */
export function citedArticles(body: string, self: string): string[] {
  const ids = new Set(Array.from(body.matchAll(/\bQ(\d{4,7})\b/g), (m) => `Q${Number(m[1])}`));
  ids.delete(self);
  return [...ids].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

/** The writer's Article from admin input: the markdown body is one untitled section. */
export function toArticle(input: ArticleInput): Article {
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
    sections: [{ heading: "", body: input.body }],
    files: input.files,
    fixedIn: input.fixedIn,
    hotfixAvailable: input.hotfixAvailable,
    references: citedArticles(input.body, input.id),
  };
}
