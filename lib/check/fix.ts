// The service pack that first contains an article's fix, for one release.
import type { FixedIn } from "../kb/types";
import { releaseFromVersion } from "../nt/names";
import { compareReleases, type ReleaseId, type ServicePack } from "../nt/releases";
import { findServicePack, latestServicePackAsOf, newestServicePack } from "../nt/service-packs";
import type { ArticleFacts } from "./facts";

export interface ResolvedFix {
  release: ReleaseId;
  /** On the release's standard line; compare by level against other lines (TSE). */
  servicePack: ServicePack;
  /**
   * How it was found: named outright; "the latest service pack" as of the article's date; or
   * "the latest service pack" with no usable date, taken as the newest one of the release.
   */
  source: "named" | "latest-as-of-article" | "latest-unresolved";
}

/**
 * A named service pack wins over "the latest service pack" (articles often say both: "obtain
 * the latest service pack … first corrected in SP4"); among named ones the earliest wins.
 * An entry without a release belongs to the newest targeted release that has such a pack.
 */
export function resolveFix(facts: ArticleFacts, release: ReleaseId, targeted: ReleaseId[]): ResolvedFix | null {
  const entries = facts.fixedIn.filter((f) => releaseOf(f, targeted) === release);
  const named = entries
    .map((f) => findServicePack(release, f.servicePack))
    .filter((p): p is ServicePack => p !== undefined)
    .sort((a, b) => a.level - b.level);
  if (named.length) return { release, servicePack: named[0], source: "named" };

  if (!entries.some((f) => f.servicePack === "latest")) return null;
  const asOf = facts.lastModified ? latestServicePackAsOf(release, facts.lastModified) : undefined;
  if (asOf) return { release, servicePack: asOf, source: "latest-as-of-article" };
  const newest = newestServicePack(release);
  return newest ? { release, servicePack: newest, source: "latest-unresolved" } : null;
}

function releaseOf(fix: FixedIn, targeted: ReleaseId[]): ReleaseId | null {
  if (fix.release !== null) return releaseFromVersion(fix.release);
  const candidates = targeted.filter((r) => fix.servicePack === "latest" || findServicePack(r, fix.servicePack));
  return candidates.sort(compareReleases).at(-1) ?? null;
}
