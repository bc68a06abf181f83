// Runs every article in a catalog against one system: the pure core behind /check and /api/check.
import type { System } from "../nt/system";
import { evaluate, type Evaluation, type FixStatus } from "./evaluate";
import type { Catalog } from "./catalog";
import { installedState, type InstalledFile } from "./installed-file";
import { fixDate, compareEntries } from "./order";

/** The groups in the order shown; "info" (related reading) is not a problem and is shown last. */
export const STATUSES: readonly FixStatus[] = ["hotfix", "upgrade", "no-fix", "installed", "fixed", "info"];

export interface CheckEntry extends Evaluation {
  title: string;
  lastModified: string | null;
  /** The newest hotfix file's date, else the article's: hotfixes are ordered by it. */
  fixDate: string | null;
}

export interface CheckResult {
  system: System;
  /** grouped as STATUSES; within each group as lib/check/order.ts says */
  results: CheckEntry[];
  counts: Record<FixStatus, number>;
}

/** What the user already has: a file of a fix ("Rassrv.exe 10/29/99 123,664") and hotfix articles. */
export interface Installed {
  file: InstalledFile | null;
  hotfixes: readonly string[];
}

/**
 * The results for a system, computed once per catalog; what the user has installed only patches
 * a copy of them, so it never pays for a full evaluation.
 */
export function checkSystem(catalog: Catalog, system: System, installed: Partial<Installed> = {}): CheckResult {
  let result = catalog.memoize(`check|${systemKey(system)}`, () => evaluateSystem(catalog, system));
  if (installed.hotfixes?.length) result = withHotfixes(catalog, result, installed.hotfixes);
  const file = installed.file;
  if (!file) return result;
  // Only articles shipping a file of that name can be compared: patch those entries of a copy.
  const name = file.name?.toLowerCase();
  if (!name) return result;
  const shipping = catalog.memoize(`ships|${name}`, () =>
    catalog.facts.flatMap((f) => (f.files.some((x) => x.name.toLowerCase() === name) ? [f.id] : [])),
  );
  const at = positionsOf(result);
  const results = result.results.slice();
  for (const id of shipping) {
    const i = at.get(id);
    if (i === undefined) continue;
    results[i] = { ...results[i], installed: installedState(file, catalog.byId.get(id)!.files, system.platform) };
  }
  return { ...result, results };
}

// Where each article sits in a result list, built once per (cached) list.
const positions = new WeakMap<CheckResult, Map<string, number>>();

function positionsOf(result: CheckResult): Map<string, number> {
  let at = positions.get(result);
  if (!at) {
    at = new Map(result.results.map((e, i) => [e.articleId, i]));
    positions.set(result, at);
  }
  return at;
}

/** Articles the user installed, and those an installed one replaces, become "installed". */
function withHotfixes(catalog: Catalog, result: CheckResult, hotfixes: readonly string[]): CheckResult {
  const have = new Set(hotfixes);
  const coveredBy = (id: string): string | null => {
    const queue = [id];
    const seen = new Set(queue);
    while (queue.length) {
      const current = queue.shift()!;
      if (have.has(current)) return current;
      for (const next of catalog.replacedBy.get(current) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    return null;
  };
  let changed = false;
  const results = result.results.map((e): CheckEntry => {
    if (e.status === "fixed" || e.status === "info") return e;
    const by = coveredBy(e.articleId);
    if (!by) return e;
    changed = true;
    const title = catalog.byId.get(by)?.title ?? by;
    return {
      ...e,
      status: "installed",
      reason: by === e.articleId ? "You have this hotfix installed." : `You have ${by}, which replaces this hotfix.`,
      evidence: [
        {
          kind: "installed",
          servicePack: null,
          source: { id: by, title, section: null },
          quote: by === e.articleId ? `${by} is in your list of installed hotfixes.` : `${by} ships newer files.`,
        },
        ...e.evidence,
      ],
      supersededBy: null,
      conflict: false,
    };
  });
  return changed ? grouped(result.system, results) : result;
}

export function systemKey(s: System): string {
  return `${s.release}|${s.servicePack}|${s.edition}|${s.platform}`;
}

function evaluateSystem(catalog: Catalog, system: System): CheckResult {
  const results: CheckEntry[] = [];
  for (const facts of catalog.byRelease.get(system.release) ?? []) {
    const e = evaluate(facts, system, { supersededBy: catalog.supersededBy.get(facts.id) ?? null });
    if (!e) continue;
    // A literal of one shape (not a spread) keeps the cached entries fast to scan.
    results.push({
      articleId: e.articleId,
      status: e.status,
      reason: e.reason,
      fixedIn: e.fixedIn,
      evidence: e.evidence,
      conflict: e.conflict,
      files: e.files,
      supersededBy: e.supersededBy,
      installed: e.installed,
      title: facts.title,
      lastModified: facts.lastModified,
      fixDate: fixDate(e.files, facts.lastModified),
    });
  }
  return grouped(system, results);
}

function grouped(system: System, results: CheckEntry[]): CheckResult {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<FixStatus, number>;
  for (const e of results) counts[e.status]++;
  return { system, results: results.sort(compareEntries), counts };
}

/** Per service pack of the user's line: how many of the problems are fixed there (the timeline). */
export function fixesByServicePack(results: readonly CheckEntry[]): Map<string, number> {
  const by = new Map<string, number>();
  for (const r of results)
    if (r.fixedIn && r.status !== "info") by.set(r.fixedIn.servicePack, (by.get(r.fixedIn.servicePack) ?? 0) + 1);
  return by;
}
