// The ways people and KB articles write a release or an edition, mapped to their ids.
import type { EditionId } from "./editions";
import type { ReleaseId } from "./releases";

/**
 * "3.10", "3.50", "4.00", "4", "NT4", "5.0", "5.00", "2000", "Win2k" → release id.
 * "5.0" is Windows 2000's version number (it is what `ver` and the registry report).
 */
export function releaseFromVersion(text: string): ReleaseId | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^(windows\s*nt|winnt|nt)\s*/, "");
  if (/^(windows\s*)?(2000|2k)$|^win\s*2k$|^w2k$/.test(t)) return "2000";
  const m = /^(\d)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return null;
  const version = `${m[1]}.${(m[2] ?? "0").replace(/0$/, "") || "0"}`;
  switch (version) {
    case "3.1":
    case "3.5":
    case "3.51":
    case "4.0":
      return version;
    case "5.0":
      return "2000";
    default:
      return null;
  }
}

/**
 * Edition named in free text ("Terminal Server Edition", "Server, Enterprise Edition", "TSE",
 * "Professional"). "Advanced Server" is Windows NT 3.1's server on 3.1 and the Enterprise
 * product on Windows 2000, so the release decides.
 */
export function editionFromName(text: string, release?: ReleaseId | null): EditionId | null {
  const t = text.trim().toLowerCase().replace(/[-_]/g, " ");
  if (/terminal\s*server|^tse$/.test(t)) return "terminal-server";
  if (/enterprise/.test(t)) return "server-enterprise";
  if (/small\s*business|^sbs$/.test(t)) return "small-business-server";
  if (/datacenter/.test(t)) return "datacenter";
  if (/advanced\s*server|^as$/.test(t)) return release === "2000" ? "server-enterprise" : "advanced-server";
  if (/embedded/.test(t)) return "embedded";
  if (/workstation|professional|^wks$|^ntw$/.test(t)) return "workstation";
  // Windows NT 3.1 had no "Server": its server product was Advanced Server.
  if (/server|^nts$/.test(t)) return release === "3.1" ? "advanced-server" : "server";
  return null;
}
