// A later hotfix that ships the same file for the same platform replaces an earlier one.
import type { HotfixFile } from "../kb/types";
import type { ArticleFacts } from "./facts";
import { compareDates, compareFileVersions } from "./file-compare";
import { articleScope } from "./scope";

/**
 * articleId → id of the newest article that supersedes it (chains followed to the end).
 * Two articles compete only when they ship a file of the same name (case-insensitive) for the
 * same platform (a file without a platform is for every platform) and are about the same
 * service-pack line: a Terminal Server Edition hotfix never replaces a standard 4.0 one.
 */
export function supersedence(articles: readonly ArticleFacts[]): Map<string, string> {
  return replacementsOf(articles).newest;
}

/** Both views: the newest replacement (chains followed), and every article that directly replaces each one. */
export function replacementsOf(articles: readonly ArticleFacts[]): {
  newest: Map<string, string>;
  replacedBy: Map<string, string[]>;
} {
  const byFileName = new Map<string, { article: ArticleFacts; file: HotfixFile }[]>();
  for (const article of articles) {
    for (const file of article.files) {
      const key = file.name.toLowerCase();
      byFileName.set(key, [...(byFileName.get(key) ?? []), { article, file }]);
    }
  }

  // For each pair of articles, the verdict of every shared file: +1 when the second is newer.
  const verdicts = new Map<string, { older: ArticleFacts; newer: ArticleFacts; votes: number[] }>();
  for (const entries of byFileName.values()) {
    for (const a of entries) {
      for (const b of entries) {
        if (a.article.id >= b.article.id || !samePlatform(a.file, b.file) || !sameLine(a.article, b.article)) continue;
        const key = `${a.article.id}|${b.article.id}`;
        const verdict = verdicts.get(key) ?? { older: a.article, newer: b.article, votes: [] };
        verdict.votes.push(compareFiles(a, b));
        verdicts.set(key, verdict);
      }
    }
  }

  const direct = new Map<string, ArticleFacts>();
  const replacedBy = new Map<string, string[]>();
  const replaces = (olderId: string, newer: ArticleFacts) => {
    keepNewest(direct, olderId, newer);
    replacedBy.set(olderId, [...(replacedBy.get(olderId) ?? []), newer.id]);
  };
  for (const { older, newer, votes } of verdicts.values()) {
    const bNewer = votes.some((v) => v > 0) && !votes.some((v) => v < 0);
    const aNewer = votes.some((v) => v < 0) && !votes.some((v) => v > 0);
    if (bNewer) replaces(older.id, newer);
    if (aNewer) replaces(newer.id, older);
  }
  return { newest: followChains(direct), replacedBy };
}

type Shipped = { article: ArticleFacts; file: HotfixFile };

/** > 0 when b is later: file date, then file version, then the article's last modification. */
function compareFiles(a: Shipped, b: Shipped): number {
  const byDate = compareDates(b.file.date, a.file.date);
  if (byDate) return byDate;
  const byVersion = compareFileVersions(b.file.version, a.file.version);
  if (byVersion) return byVersion;
  return compareDates(b.article.lastModified, a.article.lastModified) ?? 0;
}

function samePlatform(a: HotfixFile, b: HotfixFile): boolean {
  return a.platform === null || b.platform === null || a.platform === b.platform;
}

/** Both about a common release, and both (or neither) for Terminal Server Edition only. */
function sameLine(a: ArticleFacts, b: ArticleFacts): boolean {
  const lines = (facts: ArticleFacts) =>
    new Set(
      articleScope(facts).targets.flatMap((t) =>
        t.edition === "terminal-server"
          ? [`${t.release}|tse`]
          : t.edition === null
            ? [`${t.release}|tse`, `${t.release}|std`]
            : [`${t.release}|std`],
      ),
    );
  const la = lines(a);
  return [...lines(b)].some((l) => la.has(l));
}

function keepNewest(map: Map<string, ArticleFacts>, olderId: string, newer: ArticleFacts): void {
  const current = map.get(olderId);
  if (!current || (compareDates(newer.lastModified, current.lastModified) ?? 0) > 0) map.set(olderId, newer);
}

function followChains(direct: Map<string, ArticleFacts>): Map<string, string> {
  const result = new Map<string, string>();
  for (const [id, first] of direct) {
    let newest = first;
    const seen = new Set([id]);
    while (direct.has(newest.id) && !seen.has(newest.id)) {
      seen.add(newest.id);
      newest = direct.get(newest.id)!;
    }
    result.set(id, newest.id);
  }
  return result;
}
