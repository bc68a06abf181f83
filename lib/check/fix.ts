// The service pack that first contains an article's fix, for one release and edition, from
// every evidence the KB holds. The rule (README "How a verdict is reached"):
//   1. Evidence counts for the system when it is for its release (a bare "SP4" belongs to the
//      newest targeted release that has one) and for its line: Terminal Server Edition's own
//      packs only for TSE; the standard 4.0 packs for every 4.0 edition, TSE by level.
//   2. Named packs (statement, fix list, keyword) all count the same: the earliest wins.
//   3. Sources that name different packs disagree: the earliest pack still wins and the result
//      says `conflict`. A keyword saying no pack has it (kbWinNT400PreSP7Fix, often beside
//      kbWinNT4sp6fix for a later hotfix) yields to any named pack without a conflict.
//   4. Only such a keyword: a hotfix.
//   5. Only "the latest service pack": the newest pack as of the article's date (latest-by-date),
//      else the newest pack of the release.
import type { EditionId } from "../nt/editions";
import { releaseFromVersion } from "../nt/names";
import { compareReleases, type ReleaseId, type ServicePack } from "../nt/releases";
import { findServicePack, latestServicePackAsOf, newestServicePack } from "../nt/service-packs";
import type { ArticleFacts, StoredEvidence } from "./facts";

export type FixSource = "statement" | "fix-list" | "keyword" | "latest-by-date" | "latest-unresolved";

export interface ResolvedFix {
  release: ReleaseId;
  /** On the release's standard line (compare by level against TSE); null: no pack has the fix. */
  servicePack: ServicePack | null;
  /** The kind of evidence that decided. */
  source: FixSource;
  /** The evidence for this release and line: what decided first. */
  evidence: StoredEvidence[];
  conflict: boolean;
}

/** Which kind is quoted first when several name the same earliest pack. */
const SHOWN_FIRST: Record<string, number> = { statement: 0, "fix-list": 1, keyword: 2 };

export function resolveFix(
  facts: ArticleFacts,
  system: { release: ReleaseId; edition: EditionId | null },
  targeted: ReleaseId[],
): ResolvedFix | null {
  const { release } = system;
  const relevant = facts.evidence.filter(
    (e) =>
      e.kind !== "hotfix" && releaseOf(e, targeted) === release && (e.edition === null || e.edition === system.edition),
  );
  if (!relevant.length) return null;
  const named = relevant
    .map((e) => ({
      e,
      pack: e.servicePack && e.servicePack !== "latest" ? findServicePack(release, e.servicePack) : undefined,
    }))
    .filter((x): x is { e: StoredEvidence; pack: ServicePack } => x.pack !== undefined)
    .sort((a, b) => a.pack.level - b.pack.level || SHOWN_FIRST[a.e.kind] - SHOWN_FIRST[b.e.kind]);
  const noPack = relevant.filter((e) => e.servicePack === null);
  const rest = (first: StoredEvidence[]) => [...first, ...relevant.filter((e) => !first.includes(e))];

  if (named.length) {
    // Each source (this article's text, its keywords, each fix list) says its earliest pack.
    const bySource = new Map<string, number>();
    for (const { e, pack } of named) {
      const key = `${e.kind}|${e.source.id}`;
      if (!bySource.has(key)) bySource.set(key, pack.level);
    }
    const conflict = new Set(bySource.values()).size > 1;
    const first = named.filter((x) => x.pack.level === named[0].pack.level).map((x) => x.e);
    return {
      release,
      servicePack: named[0].pack,
      source: named[0].e.kind as FixSource,
      evidence: rest(first),
      conflict,
    };
  }
  if (noPack.length) return { release, servicePack: null, source: "keyword", evidence: rest(noPack), conflict: false };

  const latest = relevant.filter((e) => e.servicePack === "latest");
  if (!latest.length) return null;
  const asOf = facts.lastModified ? latestServicePackAsOf(release, facts.lastModified) : undefined;
  if (asOf) return { release, servicePack: asOf, source: "latest-by-date", evidence: rest(latest), conflict: false };
  const newest = newestServicePack(release);
  return newest
    ? { release, servicePack: newest, source: "latest-unresolved", evidence: rest(latest), conflict: false }
    : null;
}

function releaseOf(e: StoredEvidence, targeted: ReleaseId[]): ReleaseId | null {
  if (e.release !== null) return releaseFromVersion(e.release);
  const candidates = targeted.filter(
    (r) => e.servicePack === null || e.servicePack === "latest" || findServicePack(r, e.servicePack),
  );
  return candidates.sort(compareReleases).at(-1) ?? null;
}
