// Reads one list of Windows NT versions as the KB writes them: "3.5, 3.51, 4.0",
// "3.50 3.51 4.00", "4.0 SP4,4.0 SP5", "3.51 SP2,SP3", "3.51 (all service packs)", "3.x".
import { releaseFromVersion } from "./names";
import type { ReleaseId } from "./releases";
import { findServicePack, normalizeServicePackId } from "./service-packs";

export interface VersionRef {
  release: ReleaseId;
  /** null: the release as a whole (no service pack named). */
  servicePack: string | null;
}

export interface VersionList {
  refs: VersionRef[];
  /** Tokens that are not a Windows NT version (other products' versions, typos, noise). */
  unknown: string[];
}

// A version, then an optional qualifier: "SP4", "Service Pack 1", "(all service packs)", "SUR".
const ITEM =
  /^(\d\.\d?x|\d+(?:\.\d+)*[a-z]?)\.?(?:\s*(\(all service packs\)|SUR\b|(?:SP|Service Pack)\s*\d+[a-z]?))?\s*/i;
const LONE_SERVICE_PACK = /^(?:SP|Service Pack)\s*(\d+[a-z]?)\s*/i;

export function parseVersionList(text: string): VersionList {
  const refs: VersionRef[] = [];
  const unknown: string[] = [];
  let lastRelease: ReleaseId | null = null;
  // "4.0,5.0,5.5" is Exchange or Internet Explorer, not Windows 2000 (version 5.0).
  const otherProduct = /(^|[\s,:])[5-9]\.[1-9]/.test(text);

  for (const piece of text.split(/[,;]/)) {
    let rest = piece.trim();
    while (rest) {
      const lone = LONE_SERVICE_PACK.exec(rest);
      const item = lone ? null : ITEM.exec(rest);
      const consumed = (lone ?? item)?.[0];
      if (lone && lastRelease) {
        // "3.51 SP2,SP3": a service pack on its own belongs to the release before it.
        pushServicePack(refs, unknown, lastRelease, lone[1], lone[0].trim());
      } else if (item) {
        const releases = releasesOf(item[1], otherProduct);
        if (releases.length === 0) unknown.push(item[0].trim());
        const qualifier = item[2] ?? "";
        for (const release of releases) {
          lastRelease = release;
          if (/^(SP|Service Pack)/i.test(qualifier)) pushServicePack(refs, unknown, release, qualifier, item[0].trim());
          else refs.push({ release, servicePack: null });
        }
      } else {
        // Not a version: keep the word (or the rest of the piece if nothing is left to read).
        const word = /^\S+\s*/.exec(rest)![0];
        unknown.push(word.trim());
        rest = rest.slice(word.length).trim();
        continue;
      }
      rest = rest.slice(consumed!.length).trim();
    }
  }
  return { refs, unknown };
}

/** "3.51" → ["3.51"]; "3.5x" → 3.5 and 3.51; "3.x" → all of 3.1, 3.5, 3.51. */
function releasesOf(version: string, otherProduct: boolean): ReleaseId[] {
  const v = version.toLowerCase();
  if (otherProduct && /^5(\.0+)?$/.test(v)) return [];
  if (v === "3.x") return ["3.1", "3.5", "3.51"];
  if (v === "3.5x") return ["3.5", "3.51"];
  const release = releaseFromVersion(v);
  return release ? [release] : [];
}

function pushServicePack(refs: VersionRef[], unknown: string[], release: ReleaseId, raw: string, token: string): void {
  const pack = findServicePack(release, normalizeServicePackId(raw) ?? raw);
  if (pack) refs.push({ release, servicePack: pack.id });
  else unknown.push(token);
}
