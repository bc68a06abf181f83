// Service-pack lines and their order. A system's service pack is compared by level, so
// "SP6a is after SP6" and no service pack (the release itself) is level 0.
import type { EditionId } from "./editions";
import { findRelease, type ReleaseId, type ServicePack } from "./releases";

/**
 * Terminal Server Edition (Windows NT Server 4.0, TSE) is a separate build of 4.0 with its own
 * service packs. They are numbered like the 4.0 ones and carry the same fixes, so they share
 * the 4.0 levels; there was no TSE SP1-SP3, SP6a or rollup.
 */
const TERMINAL_SERVER_LINE: readonly ServicePack[] = ["4", "5", "6"].map((n) => ({
  id: `SP${n}`,
  label: `Terminal Server Edition Service Pack ${n}`,
  level: Number(n),
  build: 1381,
  released: null,
  kind: "service-pack",
}));

/** The service packs a system of this release and edition can have, oldest first. */
export function servicePackLine(release: ReleaseId, edition?: EditionId | null): readonly ServicePack[] {
  if (release === "4.0" && edition === "terminal-server") return TERMINAL_SERVER_LINE;
  return findRelease(release)?.servicePacks ?? [];
}

/** "sp6A", "Service Pack 6a", "6a", "srp" → "SP6a" / "SRP"; null when not a service-pack name. */
export function normalizeServicePackId(raw: string): string | null {
  const text = raw.trim();
  if (/^(srp|security rollup( package)?)$/i.test(text)) return "SRP";
  const m = /^(?:sp|service\s*pack)?\s*(\d+)([a-z])?$/i.exec(text);
  return m ? `SP${Number(m[1])}${(m[2] ?? "").toLowerCase()}` : null;
}

export function findServicePack(release: ReleaseId, id: string, edition?: EditionId | null): ServicePack | undefined {
  const canonical = normalizeServicePackId(id);
  return servicePackLine(release, edition).find((p) => p.id === canonical);
}

/** Level of a service pack on a release's standard line; 0 for none; undefined if unknown. */
export function servicePackLevel(release: ReleaseId, id: string | null): number | undefined {
  if (id === null) return 0;
  return findServicePack(release, id)?.level;
}

/** The newest real service pack (not a rollup) of a release released on or before `date`. */
export function latestServicePackAsOf(release: ReleaseId, date: string): ServicePack | undefined {
  return (findRelease(release)?.servicePacks ?? [])
    .filter((p) => p.kind === "service-pack" && p.released !== null && p.released <= date)
    .at(-1);
}

/** The newest real service pack of a release. */
export function newestServicePack(release: ReleaseId): ServicePack | undefined {
  return (findRelease(release)?.servicePacks ?? []).filter((p) => p.kind === "service-pack").at(-1);
}

export function describeServicePackLine(line: readonly ServicePack[]): string {
  return line.length ? line.map((p) => p.id).join(", ") : "none";
}
