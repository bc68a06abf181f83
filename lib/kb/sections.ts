// Body lines to sections of readable markdown. Headings are the lines underlined with "=";
// within a section each block (lines between blank lines) becomes a re-flowed paragraph,
// a list item, or a fenced ```text block for anything laid out in columns or indented.
import { collapse } from "./raw";
import type { Section } from "./types";

const SMALL = new Set([
  "a",
  "an",
  "and",
  "as",
  "at",
  "by",
  "for",
  "from",
  "in",
  "of",
  "on",
  "or",
  "the",
  "to",
  "vs",
  "with",
]);

/** "MORE INFORMATION" to "More Information"; mixed-case headings are kept as written. */
export function titleCase(heading: string): string {
  const h = collapse(heading);
  if (/[a-z]/.test(h)) return h;
  return h
    .toLowerCase()
    .split(" ")
    .map((w, i) =>
      i > 0 && SMALL.has(w) ? w : w.replace(/^([^a-z]*)([a-z])/, (_, p: string, c: string) => p + c.toUpperCase()),
    )
    .join(" ");
}

const UNDERLINE = /^=+\s*$/;

function isHeading(lines: string[], i: number): boolean {
  const l = lines[i];
  const next = lines[i + 1];
  if (
    next === undefined ||
    next.charCodeAt(0) !== 61 ||
    !UNDERLINE.test(next) ||
    !l.trim() ||
    /^\s/.test(l) ||
    UNDERLINE.test(l)
  )
    return false;
  // The rule roughly matches the heading's length (it is not a page-wide separator).
  const len = next.trim().length;
  return len >= 3 && Math.abs(len - l.trim().length) <= 4;
}

/** Escape characters that remark would otherwise turn into markup. */
export function escapeInline(s: string): string {
  let out = !/[\\*`<[~_&]/.test(s)
    ? s
    : s
        .replace(/\\(?=[!-/:-@[-`{-~]|$)/g, "\\\\")
        .replace(/[*`<[~]/g, "\\$&")
        .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, "\\_")
        .replace(/&(?=#?\w+;)/g, "\\&");
  // Line-start markers: headings, quotes, list bullets, ordered-list numbers, rules, tables.
  if (!/^\s*[#>+=|\-\d]/.test(out)) return out;
  out = out.replace(/^(\s*)([#>+=|-])/, "$1\\$2").replace(/^(\s*\d+)([.)])(?=\s|$)/, "$1\\$2");
  return out;
}

const BULLET = /^(\s{0,4})(?:[-*o]|\d{1,2}[.)]|[a-z][.)])\s+\S/;

function isCodeBlock(block: string[]): boolean {
  if (/^\s/.test(block[0]) && !BULLET.test(block[0])) return true;
  return block.some((l) => /\S\s{3,}\S/.test(l.trim()) || /^\s*[-=+|_*]{4,}/.test(l) || /^\s*\|/.test(l));
}

function fence(block: string[]): string {
  const indent = Math.min(...block.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length));
  const text = block.map((l) => l.slice(indent).trimEnd());
  const longest = Math.max(2, ...text.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((r) => r.length))));
  const f = "`".repeat(longest + 1);
  return [`${f}text`, ...text, f].join("\n");
}

/** A block that starts with a bullet/number: each bullet starts an item, other lines continue it. */
function listItems(block: string[]): string {
  const items: string[] = [];
  for (const l of block) {
    const m = /^\s*([-*o]|\d{1,2}[.)]|[a-z][.)])\s+(.*)$/.exec(l);
    if (m) {
      const marker = /^[-*o]$/.test(m[1]) ? "-" : /^\d/.test(m[1]) ? m[1].replace(")", ".") : `- ${m[1]}`;
      items.push(`${marker} ${escapeInline(collapse(m[2]))}`);
    } else items[items.length - 1] += ` ${escapeInline(collapse(l))}`;
  }
  return items.join("\n");
}

/** "FAT Naming Convention" over a dashed rule of about its length: a sub-heading. */
function subHeading(block: string[]): string | null {
  if (block.length !== 2 || /^\s/.test(block[0]) || !/^-{3,}\s*$/.test(block[1].trimStart())) return null;
  const text = block[0].trim();
  return Math.abs(block[1].trim().length - text.length) <= 4 ? `### ${escapeInline(titleCase(text))}` : null;
}

function blockToMarkdown(block: string[]): string {
  const sub = subHeading(block);
  if (sub) return sub;
  if (BULLET.test(block[0]) && !block.slice(1).some((l) => /\S\s{3,}\S/.test(l.trim()))) return listItems(block);
  if (isCodeBlock(block)) return fence(block);
  return escapeInline(collapse(block.join(" ")));
}

function sectionBody(lines: string[]): string {
  const out: string[] = [];
  let block: string[] = [];
  const flush = () => {
    if (block.length) out.push(blockToMarkdown(block));
    block = [];
  };
  for (const l of lines) {
    if (l.trim() === "") flush();
    else block.push(l);
  }
  flush();
  return out.join("\n\n");
}

export function toSections(body: string[]): Section[] {
  const sections: Section[] = [];
  let heading = "";
  let start = 0;
  const push = (end: number) => {
    const text = sectionBody(body.slice(start, end));
    if (text || heading) sections.push({ heading, body: text });
  };
  for (let i = 0; i < body.length; i++) {
    if (isHeading(body, i)) {
      push(i);
      heading = titleCase(body[i]);
      start = i + 2;
      i++;
    }
  }
  push(body.length);
  return sections;
}
