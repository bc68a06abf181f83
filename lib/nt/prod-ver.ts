// Reads the PROD/VER field of an article ("winnt:4.0 SP4,4.0 SP5",
// "WinNT:3.5,3.51,4.0;Windows:3.1,3.11", "WINDOWS:2000; winnt:4.0") and keeps the NT parts.
import { parseVersionList, type VersionList } from "./version-list";

/** A PROD/VER product name that means Windows NT ("winnt", "WinNT", "WINDOWS NT", "NT"); an empty name (":3.1") is the article's own product. */
export function isNtProduct(name: string): boolean {
  return /^(?:win(?:dows)?\s*nt|nt|)$/i.test(name.trim());
}

export function parseProdVer(tokens: readonly string[]): VersionList {
  const result: VersionList = { refs: [], unknown: [] };
  for (const segment of tokens.flatMap(productSegments)) {
    const list = readSegment(segment);
    result.refs.push(...list.refs);
    result.unknown.push(...list.unknown);
  }
  return result;
}

/** Split on ";" and before an inline product name: "WinNT:3.5,3.51 WFW:3.11 Win95". */
function productSegments(token: string): string[] {
  return token
    .split(";")
    .flatMap((s) => s.split(/\s+(?=[a-z][\w-]*:|win(?:95|98)\b)/i))
    .map((s) => s.trim())
    .filter(Boolean);
}

function readSegment(segment: string): VersionList {
  const named = /^([a-z][\w\s-]*?)\s*:\s*(.*)$|^:\s*(.*)$/i.exec(segment);
  const glued = /^(winnt|win)(\d.*)$/i.exec(segment); // "WinNT4.0", "Win4.0"
  const product = named ? (named[1] ?? "") : glued ? glued[1] : null;
  const versions = named ? (named[2] ?? named[3]) : glued ? glued[2] : segment;

  if (product === null) {
    // No product name: a bare version list ("3.5 3.51 4.0"), or a lone product word ("Win95").
    if (/^(win|windows|wfw|ms-?dos)\w*$/i.test(segment)) return { refs: [], unknown: [] };
    return parseVersionList(versions);
  }
  if (isNtProduct(product)) return parseVersionList(versions);
  // Windows 2000 is Windows NT 5.0, even when filed under WINDOWS; the rest of WINDOWS is 9x/3.x.
  if (/^windows$/i.test(product)) {
    const nt = [...versions.matchAll(/\b2000(?:\s+SP\d)?\b|\bNT\s*(\d[\d.]*)/gi)].map((m) => m[1] ?? m[0]);
    return parseVersionList(nt.join(","));
  }
  return { refs: [], unknown: [] };
}
