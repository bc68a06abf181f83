// Which systems an article is about: its NT targets and its platforms, read once per article.
import type { Platform } from "../kb/types";
import { normalizeArticleVersions, type ArticleTarget } from "../nt/article-versions";
import { editionCovers } from "../nt/editions";
import { parsePlatform } from "../nt/platforms";
import type { ReleaseId } from "../nt/releases";
import { servicePackLevel } from "../nt/service-packs";
import type { System } from "../nt/system";
import type { ArticleFacts } from "./facts";

export interface ArticleScope {
  targets: ArticleTarget[];
  /** Platforms named by the Hardware footer or the file table; null = all platforms. */
  platforms: Platform[] | null;
}

const scopes = new WeakMap<ArticleFacts, ArticleScope>();

export function articleScope(facts: ArticleFacts): ArticleScope {
  let scope = scopes.get(facts);
  if (!scope) {
    const named = [...facts.hardware.map(parsePlatform), ...facts.files.map((f) => f.platform)].filter(
      (p): p is Platform => p !== null,
    );
    scope = {
      targets: normalizeArticleVersions(facts).targets,
      platforms: named.length ? [...new Set(named)] : null,
    };
    scopes.set(facts, scope);
  }
  return scope;
}

/** The article's targets for the system's release and edition (any service pack). */
export function matchingTargets(scope: ArticleScope, system: System): ArticleTarget[] {
  return scope.targets.filter(
    (t) =>
      t.release === system.release &&
      (t.edition === null || system.edition === null || editionCovers(t.edition, system.edition)),
  );
}

export function platformMatches(scope: ArticleScope, system: System): boolean {
  return system.platform === null || scope.platforms === null || scope.platforms.includes(system.platform);
}

/** Lowest service-pack level the article names for these targets (0 = the release itself). */
export function earliestListedLevel(targets: ArticleTarget[]): number {
  return Math.min(...targets.map((t) => servicePackLevel(t.release, t.servicePack) ?? 0));
}

export function targetedReleases(scope: ArticleScope): ReleaseId[] {
  return [...new Set(scope.targets.map((t) => t.release))];
}
