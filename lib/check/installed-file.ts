// A file the user already has ("Rassrv.exe 10/29/99 123,664 bytes") against the files of a fix
// whose table reads "these file attributes or later".
import { parseTableDate } from "../kb/dates";
import type { HotfixFile, Platform } from "../kb/types";
import { compareDates, compareFileVersions } from "./file-compare";

export interface InstalledFile {
  name: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  size: number | null;
  version: string | null;
}

/** current: at or past the fix; older: before it; unknown: nothing to compare. */
export type InstalledState = "current" | "older" | "unknown";

/** Reads name, date, size and version in any order; null when none is there. */
export function parseInstalledFile(text: string): InstalledFile | null {
  const version = /\b\d+\.\d+\.\d+(?:\.\d+)?\b/.exec(text)?.[0] ?? null;
  const rest = version ? text.replace(version, " ") : text;
  const dateText = /\b(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/-]\d{1,2}[/-]\d{2,4})\b/.exec(rest)?.[1];
  const name = /\b[\w$~-]+\.[a-z][a-z0-9]{0,3}\b/i.exec(rest)?.[0] ?? null;
  const sizeText = /(?<![\w/:.,-])(\d{1,3}(?:,\d{3})+|\d+)(?:\s*bytes)?(?![\w/:.,-])/i.exec(
    rest.replace(dateText ?? "\0", " ").replace(/\b\d{1,2}:\d{2}\s*[ap]?m?\b/gi, " "),
  )?.[1];
  const found: InstalledFile = {
    name,
    // Read as the KB's file tables are: US order, two-digit years 80-99 are 19xx.
    date: dateText ? parseTableDate(dateText) : null,
    size: sizeText ? Number(sizeText.replace(/,/g, "")) : null,
    version,
  };
  return Object.values(found).some((v) => v !== null) ? found : null;
}

/**
 * Compares with the fix's file of the same name for the user's platform (files without a
 * platform count for all; the size picks between platforms when the platform is not known).
 * Version decides when both have one, else date; size alone proves nothing.
 */
export function installedState(
  installed: InstalledFile,
  files: HotfixFile[],
  platform: Platform | null,
): InstalledState {
  const sameName = files.filter(
    (f) => installed.name !== null && f.name.toLowerCase() === installed.name.toLowerCase(),
  );
  const forPlatform = sameName.filter((f) => platform === null || f.platform === null || f.platform === platform);
  const fix = forPlatform.find((f) => installed.size !== null && f.size === installed.size) ?? forPlatform[0];
  if (!fix) return "unknown";
  const order = compareFileVersions(installed.version, fix.version) ?? compareDates(installed.date, fix.date);
  if (order === null) return "unknown";
  return order >= 0 ? "current" : "older";
}
