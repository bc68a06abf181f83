// Runs every article in a catalog against one system: the pure core behind /check and /api/check.
import type { ReleaseId } from "../nt/releases";
import type { System } from "../nt/system";
import { evaluate, type Evaluation, type FixStatus } from "./evaluate";
import type { ArticleFacts } from "./facts";
import type { InstalledFile } from "./installed-file";
import { articleScope, targetedReleases } from "./scope";
import { supersedence } from "./supersedence";

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
  readonly supersededBy: Map<string, string>;
  /** Answers derived from this catalog, valid as long as it is: systems are few (releases x packs x editions x platforms). */
  private readonly memo = new Map<string, unknown>();

  memoize<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  constructor(readonly facts: readonly ArticleFacts[]) {
    for (const f of facts) {
      for (const release of targetedReleases(articleScope(f))) {
        const list = this.byRelease.get(release) ?? [];
        list.push(f);
        this.byRelease.set(release, list);
      }
    }
    this.supersededBy = supersedence(facts);
  }
}

export function checkSystem(catalog: Catalog, system: System, installedFile: InstalledFile | null = null): CheckResult {
  if (installedFile) return runCheck(catalog, system, installedFile);
  return catalog.memoize(`check|${systemKey(system)}`, () => runCheck(catalog, system, null));
}

export function systemKey(s: System): string {
  return `${s.release}|${s.servicePack}|${s.edition}|${s.platform}`;
}

function runCheck(catalog: Catalog, system: System, installedFile: InstalledFile | null): CheckResult {
  const counts: Record<FixStatus, number> = { hotfix: 0, upgrade: 0, "no-fix": 0, fixed: 0 };
  const results: CheckEntry[] = [];
  for (const facts of catalog.byRelease.get(system.release) ?? []) {
    const e = evaluate(facts, system, { supersededBy: catalog.supersededBy.get(facts.id) ?? null, installedFile });
    if (!e) continue;
    counts[e.status]++;
    results.push({ ...e, title: facts.title, lastModified: facts.lastModified });
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
