// Windows NT releases, their builds and service packs, as data.
// Dates are general-availability dates from Microsoft's public release history; null where
// no reliable date is known. They feed the timeline and the "latest service pack" rule.

export const RELEASE_IDS = ["3.1", "3.5", "3.51", "4.0", "2000"] as const;
export type ReleaseId = (typeof RELEASE_IDS)[number];

export interface ServicePack {
  /** "SP1" … "SP6a", "SRP". */
  id: string;
  label: string;
  /**
   * Comparable position within the release: SP1 = 1 … SP6 = 6, SP6a = 6.5, SRP = 7.
   * Service packs of another line of the same release (Terminal Server Edition) use the same
   * scale, so "fixed in SP5" can be checked against a TSE SP5 system.
   */
  level: number;
  /** Build number the system reports once this pack is installed. */
  build: number;
  released: string | null;
  /** A rollup is not a service pack: "the latest service pack" never means it. */
  kind: "service-pack" | "rollup";
}

export interface Release {
  id: ReleaseId;
  label: string;
  /** Build of the release itself (no service pack). */
  build: number;
  /** Version number the system reports ("5.0" for Windows 2000). */
  version: string;
  released: string | null;
  servicePacks: ServicePack[];
}

const sp = (
  n: string,
  level: number,
  build: number,
  released: string | null,
  kind: ServicePack["kind"] = "service-pack",
): ServicePack => ({ id: `SP${n}`, label: `Service Pack ${n}`, level, build, released, kind });

export const RELEASES: readonly Release[] = [
  {
    id: "3.1",
    label: "Windows NT 3.1",
    build: 511,
    version: "3.1",
    released: "1993-07-27",
    // Q110481: "Build 528: Service Pack 2"; Q124431: "Windows NT 3.1, builds 511 and 528".
    // The corpus shows no other 3.1 build, so SP1 and SP3 are taken to report 528 as well.
    // SP2 was re-released on 1994-01-31 (Q110481).
    servicePacks: [sp("1", 1, 528, null), sp("2", 2, 528, "1994-01-31"), sp("3", 3, 528, "1994-11-10")],
  },
  {
    id: "3.5",
    label: "Windows NT 3.5",
    build: 807,
    version: "3.5",
    released: "1994-09-21",
    servicePacks: [sp("1", 1, 807, null), sp("2", 2, 807, null), sp("3", 3, 807, null)],
  },
  {
    id: "3.51",
    label: "Windows NT 3.51",
    build: 1057,
    version: "3.51",
    released: "1995-05-30",
    servicePacks: [
      sp("1", 1, 1057, null),
      sp("2", 2, 1057, null),
      sp("3", 3, 1057, null),
      sp("4", 4, 1057, null),
      sp("5", 5, 1057, "1996-09-19"),
    ],
  },
  {
    id: "4.0",
    label: "Windows NT 4.0",
    build: 1381,
    version: "4.0",
    released: "1996-08-24",
    servicePacks: [
      sp("1", 1, 1381, "1996-10-16"),
      sp("2", 2, 1381, "1996-12-14"),
      sp("3", 3, 1381, "1997-05-15"),
      sp("4", 4, 1381, "1998-10-25"),
      sp("5", 5, 1381, "1999-05-04"),
      sp("6", 6, 1381, "1999-10-27"),
      sp("6a", 6.5, 1381, "1999-11-22"),
      // The post-SP6a Security Rollup Package took the place of the cancelled SP7.
      { id: "SRP", label: "Security Rollup Package", level: 7, build: 1381, released: "2001-07-26", kind: "rollup" },
    ],
  },
  {
    id: "2000",
    label: "Windows 2000",
    build: 2195,
    version: "5.0",
    released: "2000-02-17",
    servicePacks: [
      sp("1", 1, 2195, "2000-08-15"),
      sp("2", 2, 2195, "2001-05-16"),
      sp("3", 3, 2195, "2002-08-01"),
      sp("4", 4, 2195, "2003-06-26"),
    ],
  },
];

export function findRelease(id: string): Release | undefined {
  return RELEASES.find((r) => r.id === id);
}

/** "4.0" → "Windows NT 4.0", "2000" → "Windows 2000"; a release not listed reads "Windows NT 5.5". */
export function releaseLabel(id: string): string {
  return findRelease(id)?.label ?? `Windows NT ${id}`;
}

/** Every build number a system of this release can report. */
export function buildsOf(release: Release): number[] {
  return [...new Set([release.build, ...release.servicePacks.map((p) => p.build)])];
}

export function releasesForBuild(build: number): Release[] {
  return RELEASES.filter((r) => buildsOf(r).includes(build));
}

export const KNOWN_BUILDS: readonly number[] = [...new Set(RELEASES.flatMap(buildsOf))].sort((a, b) => a - b);

/** Release ordering: 3.1 < 3.5 < 3.51 < 4.0 < 2000. */
export function compareReleases(a: ReleaseId, b: ReleaseId): number {
  return RELEASE_IDS.indexOf(a) - RELEASE_IDS.indexOf(b);
}
