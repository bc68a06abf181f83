// Runs every article in a catalog against one system: the pure core behind /check and /api/check.
import type { System } from "../nt/system";
import { evaluate, type Evaluation, type FixStatus } from "./evaluate";
import type { Catalog } from "./catalog";
import { installedState, type InstalledFile } from "./installed-file";

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

/**
 * The results for a system, computed once per catalog; a user's installed file only adds
 * its comparison to each result, so it never pays for a full evaluation.
 */
export function checkSystem(catalog: Catalog, system: System, installedFile: InstalledFile | null = null): CheckResult {
  const result = catalog.memoize(`check|${systemKey(system)}`, () => evaluateSystem(catalog, system));
  if (!installedFile) return result;
  // Only articles shipping a file of that name can be compared: patch those entries of a copy.
  const name = installedFile.name?.toLowerCase();
  if (!name) return result;
  const positions = catalog.memoize(`ships|${systemKey(system)}|${name}`, () =>
    result.results.flatMap((e, i) =>
      catalog.byId.get(e.articleId)!.files.some((f) => f.name.toLowerCase() === name) ? [i] : [],
    ),
  );
  const results = result.results.slice();
  for (const i of positions) {
    results[i] = {
      ...results[i],
      installed: installedState(installedFile, catalog.byId.get(results[i].articleId)!.files, system.platform),
    };
  }
  return { ...result, results };
}

export function systemKey(s: System): string {
  return `${s.release}|${s.servicePack}|${s.edition}|${s.platform}`;
}

function evaluateSystem(catalog: Catalog, system: System): CheckResult {
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
    (a, b) =>
      rank.get(a.status)! - rank.get(b.status)! ||
      (b.lastModified ?? "").localeCompare(a.lastModified ?? "") ||
      a.articleId.localeCompare(b.articleId),
  );
  return { system, results, counts };
}

/** Per service pack of the user's line: how many of the results are fixed there (the timeline). */
export function fixesByServicePack(results: readonly CheckEntry[]): Map<string, number> {
  const by = new Map<string, number>();
  for (const r of results) if (r.fixedIn) by.set(r.fixedIn.servicePack, (by.get(r.fixedIn.servicePack) ?? 0) + 1);
  return by;
}
