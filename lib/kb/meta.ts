// Header and footer facts: versions, applies-to lines, editions, keywords, footer block.
import { isNtProduct } from "../nt/prod-ver";
import { collapse } from "./raw";
import type { Footer } from "./types";

/**
 * PROD/VER tokens as written, e.g. "winnt:4.0 SP4,4.0 SP5" gives ["4.0 SP4", "4.0 SP5"].
 * Groups are separated by ";" and may carry a product prefix ("WINDOWS:95; winnt:4.0"). The
 * Windows NT groups (prefixed winnt/WinNT, or unprefixed) are the article's versions; other
 * products' groups are used only when there is no NT group.
 */
export function parseVersions(prodVer: string): string[] {
  const nt: string[] = [];
  const other: string[] = [];
  for (const group of prodVer.split(";")) {
    // Only letters and spaces make a prefix here, so "MS-DOS:3.0" and "Win2000:95" stay tokens
    // as stored so far; parseProdVer (lib/nt/prod-ver.ts) reads them as other products.
    const m = /^\s*([A-Za-z][A-Za-z ]*?)?\s*:(.*)$/.exec(group);
    const list = isNtProduct(m?.[1] ?? "") ? nt : other;
    const g = (m ? m[2] : group).replace(/^[\s:]+/, "").trim();
    // Without commas, spaces separate versions ("3.1 3.5") but not a version from its pack ("4.0 SP4").
    for (const p of /,/.test(g) ? g.split(",") : g.split(/\s+(?!SP\d)/i)) {
      const t = collapse(p);
      if (t && !list.includes(t)) list.push(t);
    }
  }
  return nt.length ? nt : other;
}

const APPLIES = /^\s*The information in this article applies to\s*:?\s*$/i;
const BOX_RULE = /^\s*-{10,}\s*$/;

/**
 * Finds the "applies to" box at the top of the body. Returns its item lines (wrapped items
 * joined) and the body with the box removed.
 */
export function extractAppliesTo(body: string[]): { appliesTo: string[]; rest: string[] } {
  const at = body.findIndex((l, i) => i < 30 && APPLIES.test(l));
  if (at < 0) return { appliesTo: [], rest: body };
  let end = at + 1;
  while (end < body.length && !BOX_RULE.test(body[end])) end++;
  // Each item's lines are gathered and joined once: re-joining per line is quadratic on an
  // article whose closing rule is missing (the block then runs to the end of the body).
  const items: string[][] = [];
  for (const l of body.slice(at + 1, end)) {
    const m = /^\s*[-*]\s+(.*)$/.exec(l);
    if (m) items.push([m[1]]);
    else if (l.trim() && items.length) items[items.length - 1].push(l);
    else if (l.trim()) items.push([l]);
  }
  const start = at > 0 && BOX_RULE.test(body[at - 1]) ? at - 1 : at;
  return {
    appliesTo: items.map((parts) => collapse(parts.join(" "))),
    rest: [...body.slice(0, start), ...body.slice(end + 1)],
  };
}

// Longest names first so "Server, Enterprise Edition" is not also counted as plain "Server".
const EDITIONS: [RegExp, string][] = [
  [/Terminal Server Edition|Terminal Server\b/i, "Terminal Server Edition"],
  [/Enterprise Edition/i, "Server Enterprise Edition"],
  [/Small Business Server/i, "Small Business Server"],
  [/Advanced Server/i, "Advanced Server"],
  [/\bEmbedded\b/i, "Embedded"],
  [/\bWorkstation\b/i, "Workstation"],
  [/\bDatacenter\b/i, "Datacenter Server"],
  [/\bProfessional\b/i, "Professional"],
];

/** Editions named in the applies-to lines, in a stable order. */
export function extractEditions(appliesTo: string[]): string[] {
  const found = new Set<string>();
  for (const line of appliesTo) {
    for (const [re, name] of EDITIONS) if (re.test(line)) found.add(name);
    // Plain "Server" only when the Server is not one of the named special editions above.
    const plain = line.replace(
      /Terminal Server Edition|Terminal Server|Server,? Enterprise Edition|Small Business Server|Advanced Server|Datacenter Server/gi,
      "",
    );
    if (/\bServer\b/.test(plain)) found.add("Server");
  }
  const order = [
    "Workstation",
    "Server",
    "Server Enterprise Edition",
    "Terminal Server Edition",
    "Advanced Server",
    "Datacenter Server",
    "Small Business Server",
    "Embedded",
    "Professional",
  ];
  return order.filter((e) => found.has(e));
}

export const splitWords = (s: string | undefined) => (s ? s.trim().split(/\s+/).filter(Boolean) : []);

export function parseFooter(lines: string[]): Footer {
  const kv: Record<string, string> = {};
  let last = "";
  for (const l of lines) {
    const m = /^([A-Za-z][A-Za-z /]*?)\s*:\s?(.*)$/.exec(l);
    if (m && !/^\s/.test(l)) {
      last = m[1].toLowerCase();
      kv[last] = m[2].trim();
    } else if (last && l.trim()) kv[last] = `${kv[last]} ${l.trim()}`;
  }
  return {
    keywords: splitWords(kv.keywords),
    technology: splitWords(kv.technology),
    version: kv.version || null,
    hardware: splitWords(kv.hardware),
    issueType: kv["issue type"] || null,
    solutionType: kv["solution type"] || null,
  };
}
