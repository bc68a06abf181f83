// Article facts of real corpus articles (../shared/corpus/nt), built the way the catalog builds
// them: parsed, their evidence derived, and fix lists joined to the articles they name.
import { parseArticle } from "../kb";
import { articleEvidence } from "../kb/evidence";
import { readCorpusTxt } from "../kb/__fixtures__/corpus";
import type { Article } from "../kb/types";
import type { ArticleFacts } from "./facts";
import { toFacts } from "./to-facts";

export function corpusArticle(id: string): Article {
  const parsed = parseArticle(readCorpusTxt(id));
  if (!parsed.ok) throw new Error(`${id}: ${parsed.error}`);
  return parsed.article;
}

/** Facts of these articles; `with` adds articles (fix lists) whose evidence counts but that are not returned. */
export function factsOf(articles: readonly Article[], withArticles: readonly Article[] = []): ArticleFacts[] {
  const all = [...articles, ...withArticles];
  const evidence = all.flatMap((a) =>
    articleEvidence(a).map(({ target, ...e }) => ({
      ...e,
      target: target ?? a.id,
      source: { id: a.id, title: a.title },
    })),
  );
  return toFacts(
    articles.map((a) => ({ ...a, footer: a.footer })),
    evidence,
  );
}

export const corpusFacts = (...ids: string[]): ArticleFacts[] => factsOf(ids.map(corpusArticle));

/** The service packs' fix lists in the corpus (NT 4.0 SP1-SP6a, TSE SP4-SP6). */
export const FIX_LISTS = [
  "Q224792",
  "Q150734",
  "Q194834",
  "Q224793",
  "Q225037",
  "Q244974",
  "Q241211",
  "Q244690",
  "Q222970",
  "Q240331",
  "Q258970",
];

/** Facts of these articles with every fix list's evidence joined in. */
export const withFixLists = (...ids: string[]): ArticleFacts[] =>
  factsOf(ids.map(corpusArticle), FIX_LISTS.filter((l) => !ids.includes(l)).map(corpusArticle));

export const [Q244717, Q154985, Q130876, Q147363, Q238171, Q153376, Q101861, Q244509, Q268835] = corpusFacts(
  "Q244717",
  "Q154985",
  "Q130876",
  "Q147363",
  "Q238171",
  "Q153376",
  "Q101861",
  "Q244509",
  "Q268835",
);
