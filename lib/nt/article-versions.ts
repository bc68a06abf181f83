// The NT systems an article names, from its PROD/VER tokens and "applies to" lines.
import type { Article } from "../kb/types";
import { lineEdition, parseAppliesToLine } from "./applies-to";
import type { EditionId } from "./editions";
import { parseProdVer } from "./prod-ver";
import type { ReleaseId } from "./releases";

export interface ArticleTarget {
  release: ReleaseId;
  /** null: the release as a whole, no particular service pack named. */
  servicePack: string | null;
  /** null: no edition named, so every edition of the release. */
  edition: EditionId | null;
}

export interface ArticleVersions {
  targets: ArticleTarget[];
  /** Tokens that could not be read as a Windows NT version (other products' versions, noise). */
  unknown: string[];
}

/**
 * The "applies to" lines pair each edition with its versions, so they win when they name
 * Windows NT; PROD/VER (no editions) is used otherwise. A line naming an edition without a
 * version ("Microsoft Windows NT Server") takes the releases of PROD/VER.
 */
export function normalizeArticleVersions(article: Pick<Article, "versions" | "appliesTo">): ArticleVersions {
  const prodVer = parseProdVer(article.versions);
  const lines = article.appliesTo.map(parseAppliesToLine).filter((l) => l !== null);
  const prodVerReleases = [...new Set(prodVer.refs.map((r) => r.release))];

  const fromLines: ArticleTarget[] = lines.flatMap((line) =>
    line.refs.length
      ? line.refs.map((ref) => ({ ...ref, edition: lineEdition(line, ref.release) }))
      : prodVerReleases.map((release) => ({ release, servicePack: null, edition: lineEdition(line, release) })),
  );
  const targets = fromLines.length ? fromLines : prodVer.refs.map((ref) => ({ ...ref, edition: null }));
  return {
    targets: unique(targets),
    unknown: [...prodVer.unknown, ...lines.flatMap((l) => l.unknown)],
  };
}

function unique(targets: ArticleTarget[]): ArticleTarget[] {
  const seen = new Map(targets.map((t) => [`${t.release}|${t.servicePack}|${t.edition}`, t]));
  return [...seen.values()];
}
