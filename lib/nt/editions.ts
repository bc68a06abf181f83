// Editions of Windows NT and which releases they exist for.
import type { ReleaseId } from "./releases";

export const EDITION_IDS = [
  "workstation",
  "server",
  "server-enterprise",
  "terminal-server",
  "advanced-server",
  "small-business-server",
  "embedded",
  "datacenter",
] as const;
export type EditionId = (typeof EDITION_IDS)[number];

export interface Edition {
  id: EditionId;
  label: string;
  releases: readonly ReleaseId[];
  /** Names used for this edition on a given release (Windows 2000 renamed them). */
  labelByRelease?: Partial<Record<ReleaseId, string>>;
  /**
   * Editions whose KB articles also apply to this one: Enterprise Edition and Small Business
   * Server are Windows NT Server with extra components and take the same service packs.
   * Terminal Server Edition is deliberately absent: it is a separate build with its own
   * service packs and hotfixes, and the KB names it explicitly when it is affected.
   */
  inherits: readonly EditionId[];
}

export const EDITIONS: readonly Edition[] = [
  {
    id: "workstation",
    label: "Workstation",
    releases: ["3.1", "3.5", "3.51", "4.0", "2000"],
    labelByRelease: { "3.1": "Windows NT", "2000": "Professional" },
    inherits: [],
  },
  {
    id: "server",
    label: "Server",
    releases: ["3.5", "3.51", "4.0", "2000"],
    inherits: [],
  },
  {
    id: "server-enterprise",
    label: "Server Enterprise Edition",
    releases: ["4.0", "2000"],
    labelByRelease: { "2000": "Advanced Server" },
    inherits: ["server"],
  },
  { id: "terminal-server", label: "Terminal Server Edition", releases: ["4.0"], inherits: [] },
  {
    // Windows NT 3.1's server product; the KB often calls it "Windows NT Server version 3.1".
    id: "advanced-server",
    label: "Advanced Server",
    releases: ["3.1"],
    inherits: ["server"],
  },
  {
    // BackOffice Small Business Server 4.0, 4.0a and 4.5 all run on Windows NT Server 4.0.
    id: "small-business-server",
    label: "Small Business Server",
    releases: ["4.0"],
    inherits: ["server"],
  },
  { id: "embedded", label: "Embedded", releases: ["4.0"], inherits: [] },
  { id: "datacenter", label: "Datacenter Server", releases: ["2000"], inherits: ["server"] },
];

export function isEditionId(id: string): id is EditionId {
  return (EDITION_IDS as readonly string[]).includes(id);
}

export function findEdition(id: string): Edition | undefined {
  return EDITIONS.find((e) => e.id === id);
}

export function editionLabel(edition: Edition, release?: ReleaseId): string {
  return (release && edition.labelByRelease?.[release]) || edition.label;
}

/** Does an article written for `articleEdition` concern a system of `systemEdition`? */
export function editionCovers(articleEdition: EditionId, systemEdition: EditionId): boolean {
  if (articleEdition === systemEdition) return true;
  return findEdition(systemEdition)?.inherits.includes(articleEdition) ?? false;
}
