// The public shapes of a check: JSON for /api/check and CSV for the export.
import { editionLabel, findEdition } from "../nt/editions";
import { platformLabel } from "../nt/platforms";
import { releaseLabel } from "../nt/releases";
import type { System } from "../nt/system";
import { type CheckEntry, type CheckResult, STATUSES } from "./check-system";
import type { FixStatus } from "./evaluate";

export interface ApiCheckEntry {
  id: string;
  title: string;
  status: FixStatus;
  reason: string;
  fixedIn: CheckEntry["fixedIn"];
  evidence: CheckEntry["evidence"];
  conflict: boolean;
  files: CheckEntry["files"];
  supersededBy: string | null;
  installed?: CheckEntry["installed"];
}

export function toApiEntry(e: CheckEntry): ApiCheckEntry {
  return {
    id: e.articleId,
    title: e.title,
    status: e.status,
    reason: e.reason,
    fixedIn: e.fixedIn,
    evidence: e.evidence,
    conflict: e.conflict,
    files: e.files,
    supersededBy: e.supersededBy,
    ...(e.installed ? { installed: e.installed } : {}),
  };
}

/** The API answer: counts cover every result; `results` is the requested page of the chosen statuses. */
const PROBLEM_STATUSES = STATUSES.filter((s) => s !== "info");

export function toApiResult(
  r: CheckResult,
  page: { status: readonly FixStatus[] | null; limit: number; offset: number },
) {
  // By default the problems: related reading only when asked for (status=info).
  const statuses = page.status ?? PROBLEM_STATUSES;
  const chosen = r.results.filter((e) => statuses.includes(e.status));
  return {
    system: r.system,
    counts: r.counts,
    total: chosen.length,
    limit: page.limit,
    offset: page.offset,
    results: chosen.slice(page.offset, page.offset + page.limit).map(toApiEntry),
  };
}

const cell = (v: unknown) => {
  const s = v === null || v === undefined ? "" : String(v);
  // Quote always; a leading =, +, - or @ would be a formula in a spreadsheet.
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replaceAll('"', '""')}"`;
};

/** One row per article; the files for the system's platform in one cell. */
export function toCsv(r: CheckResult, origin: string): string {
  const header = [
    "id",
    "title",
    "status",
    "fixed_in",
    "files",
    "superseded_by",
    "reason",
    "evidence",
    "conflict",
    "url",
  ];
  const rows = r.results.map((e) => [
    e.articleId,
    e.title,
    e.status,
    e.fixedIn ? `${e.fixedIn.release} ${e.fixedIn.servicePack}` : "",
    e.files.map((f) => [f.name, f.version, f.size, f.platform, f.date].filter((x) => x !== null).join(" ")).join("; "),
    e.supersededBy,
    e.reason,
    e.evidence.map(describeEvidence).join("; "),
    e.conflict ? "yes" : "",
    `${origin}/kb/${e.articleId}`,
  ]);
  return `${[header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}

/** "fix-list SP6: Q241211 (Networking)", "statement SP4", "keyword: kbWinNT400PreSP7Fix". */
export function describeEvidence(e: CheckEntry["evidence"][number]): string {
  const pack = e.servicePack ? ` ${e.servicePack}` : "";
  if (e.kind === "fix-list")
    return `fix-list${pack}: ${e.source.id}${e.source.section ? ` (${e.source.section})` : ""}`;
  if (e.kind === "keyword") return `keyword${pack}: ${e.quote}`;
  return `${e.kind}${pack}`;
}

/** "Windows NT 4.0, SP5, Terminal Server Edition, Alpha" */
export function describeSystem(s: System): string {
  const edition = s.edition ? findEdition(s.edition) : undefined;
  return [
    releaseLabel(s.release),
    s.servicePack ?? "no service pack",
    edition && editionLabel(edition, s.release),
    s.platform && platformLabel(s.platform),
  ]
    .filter(Boolean)
    .join(", ");
}
