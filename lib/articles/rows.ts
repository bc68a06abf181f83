import { sectionsToMarkdown } from "../kb/content";
import { articleEvidence } from "../kb/evidence";
import { splitKeywords } from "../kb/keywords";
import type { Article, FixEvidence, HotfixFile } from "../kb/types";
import type { ArticleTarget } from "../nt/article-versions";
import { normalizeArticleVersions } from "../nt/article-versions";
import { kbNumber } from "./id";

/**
 * One article as the database stores it: the "Article" row and every child row, derived from
 * the parsed article. Plain data, so an import derives it on its parse workers and the thread
 * that writes only writes.
 */
export interface ArticleRows {
  article: {
    kbId: string;
    kbNumber: number;
    title: string;
    product: string;
    lastModified: string | null;
    body: string;
    keywords: string;
    fileNames: string;
    versions: string;
    appliesTo: string;
    editions: string;
    footer: string;
    hotfixAvailable: 0 | 1;
  };
  files: HotfixFile[];
  evidence: FixEvidence[];
  references: string[];
  /** lower-cased, glued keywords split ("kbuikbfixlist"), so the keyword filter finds each */
  keywords: string[];
  targets: ArticleTarget[];
  fixedIn: number;
}

/** Control characters but tab and line ends: they mark search matches, and PostgreSQL refuses NUL. */
const CONTROL = /[^\P{Cc}\t\n\r]/gu;

/** The article's rows, with no control character in any text: a stray byte in a file, or a paste. */
export function articleRows(article: Article): ArticleRows {
  // the article's, before its lists are written as JSON text
  const clean = JSON.parse(
    JSON.stringify(article, (_, v) => (typeof v === "string" ? v.replace(CONTROL, "") : v)),
  ) as Article;
  return rowsOf(clean);
}

function rowsOf(article: Article): ArticleRows {
  return {
    article: {
      kbId: article.id,
      kbNumber: kbNumber(article.id),
      title: article.title,
      product: article.product,
      lastModified: article.lastModified,
      body: sectionsToMarkdown(article.sections),
      keywords: article.keywords.join(" "),
      fileNames: [...new Set(article.files.map((f) => f.name))].join(" "),
      versions: JSON.stringify(article.versions),
      appliesTo: JSON.stringify(article.appliesTo),
      editions: JSON.stringify(article.editions),
      footer: JSON.stringify(article.footer),
      hotfixAvailable: article.hotfixAvailable ? 1 : 0,
    },
    files: article.files,
    evidence: articleEvidence(article),
    references: article.references,
    keywords: [...new Set(splitKeywords(article.keywords).map((k) => k.toLowerCase()))],
    targets: normalizeArticleVersions(article).targets,
    fixedIn: article.fixedIn.length,
  };
}
