// The service packs' own fix lists ("List of Bugs Fixed in Windows NT 4.0 Service Pack 6/6a
// (Part 1)", "... Terminal Server Edition Service Pack 5", "... Service Pack 1, 2, and 3"): each
// names the articles whose bugs a pack fixes, under headings that are either a pack ("Service
// Pack 3", "Windows NT Server 4.0, Terminal Server Edition Service Pack 6") or a category
// ("Networking"), which keeps the pack of the title.
import { collapse } from "./raw";
import type { FixEvidence, Section } from "./types";

const TITLE = /^List of (?:Bugs Fixed|Fixed Bugs) in\b/i;
const WINDOWS = /\bWindows NT\b|\bTerminal Server\b|\bTSE\b|\bWindows 2000\b/i;
// Lists of other products' packs (Exchange, SNA Server, SMS) are no evidence about Windows.
const OTHER_PRODUCT = /\b(?:Exchange|SNA Server|Systems Management Server|SMS|SourceSafe|Word|VC\+\+)\b/i;
const TSE = /\bTerminal Server\b|\bTSE\b/i;
// Entries: "Q238171 RAS Port ...", "Q221346 - Stop 0x0000007f ...", in code blocks or list items.
const ENTRY = /^\s*(?:[-*]\s+)?Q(\d{5,7})\b\s*(?:[-–:]\s*)?(.*)$/;
// An entry that is itself a list includes that list by reference; the other list says the rest.
const NOT_A_FIX = /^(?:List of Bugs Fixed|How to Obtain)\b/i;
const HEADING = /^(#{2,6})\s+(.*)$/;
const SUMMARY = /^summary$/i;

interface Pack {
  release: string;
  edition: "terminal-server" | null;
  servicePack: string;
}

/**
 * "Service Pack 6/6a" is SP6 (6a only re-fixed 6); "Service Packs 1, 2, and 3" the last of them
 * until a heading names one; "Service Pack 6a and Service Pack 6" the first.
 */
function packIn(text: string): string | null {
  const m = /\b(?:Service Packs?|SP)\s*(\d{1,2}[a-z]?)((?:\s*(?:,|and|\/)\s*\d{1,2}[a-z]?\b)*)/i.exec(text);
  if (!m) return null;
  if (m[2] && !m[2].includes("/"))
    return `SP${m[2]
      .split(/\s*(?:,|and)\s*/)
      .filter(Boolean)
      .at(-1)!
      .toLowerCase()}`;
  return `SP${m[1].toLowerCase()}`;
}

function releaseIn(title: string): string | null {
  if (/\bWindows 2000\b/i.test(title)) return "2000";
  const m = /\bNT (?:Version )?(\d\.\d{1,2})\b/i.exec(title);
  if (m) return m[1].replace(/^4\.00$/, "4.0");
  return TSE.test(title) ? "4.0" : null;
}

/** True for the Windows service packs' fix lists. */
export const isFixList = (title: string) => TITLE.test(title) && WINDOWS.test(title) && !OTHER_PRODUCT.test(title);

/**
 * The articles a fix list names, one evidence item each (target = the named article). Entries
 * in the summary are the other lists and how to get the pack, so only later sections count.
 */
export function fixListEvidence(title: string, sections: readonly Section[]): FixEvidence[] {
  if (!isFixList(title)) return [];
  const release = releaseIn(title);
  if (!release) return [];
  // "Windows NT 4.0 and TSE SP4" is the standard line, which TSE shares; "Terminal Server
  // Edition Service Pack 6" is TSE's own.
  const edition = TSE.test(title) && !/\bNT 4\.0 and\b/i.test(title) ? "terminal-server" : null;
  const titlePack = packIn(title);
  const out: FixEvidence[] = [];
  const seen = new Set<string>();
  for (const section of sections) {
    let pack: Pack | null = titlePack ? { release, edition, servicePack: titlePack } : null;
    let heading = section.heading;
    let inSummary = SUMMARY.test(heading);
    let last: FixEvidence | null = null;
    // An admin's edit is one section whose body holds the "## Summary" heading itself.
    for (const line of section.body.split("\n")) {
      const h = HEADING.exec(line);
      if (h) {
        heading = collapse(h[2]);
        if (h[1].length === 2) inSummary = SUMMARY.test(heading);
        const named = packIn(heading);
        if (named)
          pack = { release, edition: edition ?? (TSE.test(heading) ? "terminal-server" : null), servicePack: named };
        else if (titlePack) pack = { release, edition, servicePack: titlePack };
        last = null;
        continue;
      }
      const entry = inSummary ? null : ENTRY.exec(line);
      if (!entry) {
        // A wrapped title goes on under its entry; a blank line or prose ends it.
        if (last && /^\S/.test(line) && !/^```/.test(line) && line.length < 100 && !/[.:]$/.test(line))
          last.quote = `${last.quote} ${collapse(line)}`;
        else last = null;
        continue;
      }
      const target = `Q${entry[1]}`;
      const listed = collapse(entry[2]);
      last = null;
      if (!pack || NOT_A_FIX.test(listed) || seen.has(`${target}|${pack.servicePack}|${pack.edition}`)) continue;
      seen.add(`${target}|${pack.servicePack}|${pack.edition}`);
      last = { kind: "fix-list", ...pack, quote: `${target} ${listed}`.trim(), section: heading || null, target };
      out.push(last);
    }
  }
  return out;
}
