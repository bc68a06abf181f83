// Runs every article in a catalog against one system: the pure core behind /check and /api/check.
import { Lru } from "../cache/lru";
import type { ReleaseId } from "../nt/releases";
import type { System } from "../nt/system";
import { evaluate, type Evaluation, type FixStatus } from "./evaluate";
import type { ArticleFacts } from "./facts";
import { installedState, type InstalledFile } from "./installed-file";
import { articleScope, targetedReleases } from "./scope";
import { supersedence } from "./supersedence";

/** About 1 MB each at most (a full result list): a bound of 100 MB. */
const MEMO_ENTRIES = 100;

export const STATUSES: readonly FixStatus[] = ["hotfix", "upgrade", "no-fix", "fixed"];

export interface CheckEntry extends Evaluation {
  title: string;
  lastModified: string | null;
}

export interface CheckResult {
  system: System;
  /** hotfix, then upgrade, no-fix, fixed; newest article first within each */
  results: CheckEntry[];
  counts: Record<FixStatus, number>;
}

/** Facts indexed once per data change: by release, with supersedence precomputed. */
export class Catalog {
  readonly byRelease = new Map<ReleaseId, ArticleFacts[]>();
  readonly byId = new Map<string, ArticleFacts>();
  readonly supersededBy: Map<string, string>;
  /**
   * Answers derived from this catalog, valid as long as it is. Keys come from query strings
   * (page, statuses, an installed file's name), so the memo is bounded: a stranger cycling
   * through them evicts old answers instead of growing the server's memory.
   */
  private readonly memo = new Lru<string, unknown>(MEMO_ENTRIES);

  memoize<T>(key: string, compute: () => T): T {
    const known = this.memo.get(key);
    if (known !== undefined) return known as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  constructor(readonly facts: readonly ArticleFacts[]) {
    for (const f of facts) {
      this.byId.set(f.id, f);
      for (const release of targetedReleases(articleScope(f))) {
        const list = this.byRelease.get(release) ?? [];
        list.push(f);
        this.byRelease.set(release, list);
      }
    }
    this.supersededBy = supersedence(facts);
  }
}

/**
 * The results for a system, computed once per catalog; a user's installed file only adds
 * its comparison to each result, so it never pays for a full evaluation.
 */
export function checkSystem(catalog: Catalog, system: System, installedFile: InstalledFile | null = null): CheckResult {
  const result = catalog.memoize(`check|${systemKey(system)}`, () => runCheck(catalog, system));
  if (!installedFile) return result;
  // Only articles shipping a file of that name can be compared: patch those entries of a copy.
  const name = installedFile.name?.toLowerCase();
  if (!name) return result;
  const positions = catalog.memoize(`ships|${systemKey(system)}|${name}`, () =>
    result.results.flatMap((e, i) => (catalog.byId.get(e.articleId)!.files.some((f) => f.name.toLowerCase() === name) ? [i] : [])),
  );
  const results = result.results.slice();
  for (const i of positions) {
    results[i] = { ...results[i], installed: installedState(installedFile, catalog.byId.get(results[i].articleId)!.files, system.platform) };
  }
  return { ...result, results };
}

export function systemKey(s: System): string {
  return `${s.release}|${s.servicePack}|${s.edition}|${s.platform}`;
}

function runCheck(catalog: Catalog, system: System): CheckResult {
  const counts: Record<FixStatus, number> = { hotfix: 0, upgrade: 0, "no-fix": 0, fixed: 0 };
  const results: CheckEntry[] = [];
  for (const facts of catalog.byRelease.get(system.release) ?? []) {
    const e = evaluate(facts, system, { supersededBy: catalog.supersededBy.get(facts.id) ?? null });
    if (!e) continue;
    counts[e.status]++;
    // A literal of one shape (not a spread) keeps the cached entries fast to scan.
    results.push({
      articleId: e.articleId,
      status: e.status,
      reason: e.reason,
      fixedIn: e.fixedIn,
      files: e.files,
      supersededBy: e.supersededBy,
      installed: e.installed,
      title: facts.title,
      lastModified: facts.lastModified,
    });
  }
  const rank = new Map(STATUSES.map((s, i) => [s, i]));
  results.sort(
    (a, b) => rank.get(a.status)! - rank.get(b.status)! || (b.lastModified ?? "").localeCompare(a.lastModified ?? "") || a.articleId.localeCompare(b.articleId),
  );
  return { system, results, counts };
}

/** Per service pack of the user's line: how many of the results are fixed there (the timeline). */
export function fixesByServicePack(results: readonly CheckEntry[]): Map<string, number> {
  const by = new Map<string, number>();
  for (const r of results) if (r.fixedIn) by.set(r.fixedIn.servicePack, (by.get(r.fixedIn.servicePack) ?? 0) + 1);
  return by;
}
