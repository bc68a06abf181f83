// Reads the "applies to" lines of an article that name Windows NT itself:
//   Microsoft Windows NT Server versions 4.0 SP4, 4.0 SP5, Terminal Server Edition
//   Microsoft Windows NT Server, Enterprise Edition version 4.0
//   Microsoft Windows 2000 Advanced Server
//   Microsoft BackOffice Small Business Server versions 4.0, 4.0a, 4.5
// Lines about other products, or add-ons "for Windows NT", are not about an NT system: skipped.
import type { EditionId } from "./editions";
import { editionFromName } from "./names";
import type { ReleaseId } from "./releases";
import { parseVersionList } from "./version-list";

export interface AppliesToLine {
  edition: EditionId | null;
  /**
   * The edition as named on an NT line: its id depends on the release ("Server" of 3.1 was
   * Advanced Server), so "Server versions 3.1, 3.5, 3.51, 4.0" is read per release.
   */
  name?: string;
  /** Releases and service packs named; empty when the line names none ("Microsoft Windows NT Server"). */
  refs: { release: ReleaseId; servicePack: string | null }[];
  unknown: string[];
}

const NT_LINE =
  /^(?:the operating system:\s*)?Microsoft Windows NT(?:\s+(Server,\s*Enterprise Edition|Server,\s*Terminal Server Edition|Advanced Server|Server|Workstation(?:,\s*Pan Chinese Edition)?|Embedded)\b)?,?\s*(.*)$/i;
const WINDOWS_2000_LINE =
  /^(?:the operating system:\s*)?Microsoft Windows 2000(?:\s+(Server|Advanced Server|Professional|Datacenter Server))?\s*(.*)$/i;
const SMALL_BUSINESS_LINE = /^Microsoft BackOffice Small Business Server,?\s*(.*)$/i;
// What may follow the version list on an NT line.
const TRAILER = /,?\s*(?:used with:|on platform\(s\):)?\s*\.?\s*$/i;

/** null when the line is not about Windows NT itself. */
export function parseAppliesToLine(line: string): AppliesToLine | null {
  const text = line.trim().replace(/^-\s*/, "");
  let m = NT_LINE.exec(text);
  if (m) {
    let rest = m[2].replace(TRAILER, "");
    let name = m[1] ?? "";
    const tse = /,?\s*Terminal Server Edition$/i.exec(rest);
    if (tse) {
      rest = rest.slice(0, tse.index);
      name += " Terminal Server Edition";
    }
    rest = rest.replace(/^versions?\s*/i, "");
    // Anything but a version list here ("Resource Kit", "Option Pack") is an add-on product.
    if (rest && !/^\d/.test(rest)) return null;
    const list = parseVersionList(rest);
    if (list.unknown.some((word) => /^[a-z]{3,}$/i.test(word))) return null; // "4.0 Option Pack"
    const release = list.refs[0]?.release ?? (/advanced server/i.test(name) ? "3.1" : null);
    return {
      edition: name ? editionFromName(name, release) : null,
      ...(name ? { name } : {}),
      ...withDefault(list, release),
    };
  }
  m = WINDOWS_2000_LINE.exec(text);
  if (m) {
    // Only service packs may follow ("Microsoft Windows 2000 Server SP1"); anything else is an add-on.
    const rest = m[2].replace(TRAILER, "");
    if (rest && !/^(SP|Service Pack)\s*\d/i.test(rest)) return null;
    const list = parseVersionList(rest ? `2000 ${rest}` : "2000");
    return { edition: m[1] ? editionFromName(m[1], "2000") : null, ...list };
  }
  m = SMALL_BUSINESS_LINE.exec(text);
  if (m) {
    // Small Business Server 4.0, 4.0a and 4.5 all run on Windows NT Server 4.0.
    const versions = m[1].replace(/^versions?\s*/i, "").split(/,\s*/);
    const onNt4 = versions.every((v) => /^4\.(0a?|5)$/.test(v.trim()));
    return onNt4
      ? { edition: "small-business-server", refs: [{ release: "4.0", servicePack: null }], unknown: [] }
      : { edition: "small-business-server", refs: [], unknown: [m[1]] };
  }
  return null;
}

/** The line's edition for one of its releases. */
export function lineEdition(line: AppliesToLine, release: ReleaseId): EditionId | null {
  return line.name ? editionFromName(line.name, release) : line.edition;
}

function withDefault(list: ReturnType<typeof parseVersionList>, release: ReleaseId | null) {
  return list.refs.length || !release ? list : { ...list, refs: [{ release, servicePack: null }] };
}
