// Hotfix file-attribute tables. The corpus has ~30 layouts (column orders, with or without
// Version/Platform, boxed "| ... |" rows, headerless rows, filename first), so rows are
// recognised by typing each cell rather than by fixed columns; header lines only settle
// ambiguous cells, and caption lines ("Alpha:") supply a platform the rows lack.
import { parseTableDate, parseTableTime } from "./dates";
import type { HotfixFile, Platform } from "./types";

type Cell =
  | { t: "date"; v: string }
  | { t: "time"; v: string }
  | { t: "size"; v: number | null }
  | { t: "version"; v: string }
  /** "177.424": a European-style size or a version, settled by the table header. */
  | { t: "dotted"; v: string }
  | { t: "platform"; v: Platform | null }
  | { t: "dash" }
  | { t: "name"; v: string }
  | { t: "other" };

const PLATFORM_WORD = /\b(?:x86|x386|intel|i386|alpha|mips|ppc|powerpc)\b/i;

/** Platform named in a cell or caption: Intel/x86/i386 are x86. */
export function platformOf(s: string): Platform | null {
  const m = PLATFORM_WORD.exec(s);
  if (!m) return null;
  const w = m[0].toLowerCase();
  if (w === "alpha") return "alpha";
  if (w === "mips") return "mips";
  if (w === "ppc" || w === "powerpc") return "ppc";
  return "x86";
}

const SIZE_BYTES = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\s*bytes)?$/i;
const SIZE_KB = /^\d[\d,.]*\s*(?:KB|K)$/i;
const VERSION = /^\d+(?:\.\d+)+[a-z]?$/i;
const DOTTED = /^\d{1,3}(?:\.\d{3})+$/;
const PLATFORM_CELL = /^\(?(?:x86|x386|intel|i386|alpha|mips|ppc|powerpc)\)?$/i;
const NAME = /^(?=.*[A-Za-z])[\w$~!#%&'@^`{}\\-]+(?:\.[\w$~!#%&'@^`{}-]+)*$/;
const HAS_EXT = /\.[A-Za-z0-9_$~-]{1,4}$/;

function classify(s: string): Cell {
  const date = parseTableDate(s);
  if (date) return { t: "date", v: date };
  const time = parseTableTime(s);
  if (time) return { t: "time", v: time };
  if (DOTTED.test(s)) return { t: "dotted", v: s };
  const bytes = SIZE_BYTES.exec(s);
  if (bytes) return { t: "size", v: Number(bytes[1].replace(/,/g, "")) };
  if (SIZE_KB.test(s)) return { t: "size", v: null };
  if (VERSION.test(s)) return { t: "version", v: s };
  if (PLATFORM_CELL.test(s)) return { t: "platform", v: platformOf(s) };
  if (s === "-" || /^n\/a$/i.test(s)) return { t: "dash" };
  if (NAME.test(s)) return { t: "name", v: s };
  return { t: "other" };
}

/** Whitespace tokens, re-joining "1:15 AM", "123 KB", "27,846 Bytes", and splitting "Rdr.sys(Alpha)". */
function tokens(line: string): string[] {
  const out: string[] = [];
  for (const raw of line.trim().split(/\s+/)) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /^(?:[AaPp]\.?[Mm]\.?)$/.test(raw) && /^\d{1,2}:\d{2}(?::\d{2})?$/.test(prev)) {
      out[out.length - 1] = prev + raw;
    } else if (prev !== undefined && /^(?:KB|K|bytes)$/i.test(raw) && /^\d[\d,.]*$/.test(prev)) {
      out[out.length - 1] = `${prev} ${raw}`;
    } else {
      const glued = /^(.+\.\w{1,4})(\((?:x86|intel|i386|alpha|mips|ppc)\))$/i.exec(raw);
      if (glued) out.push(glued[1], glued[2]);
      else if (raw) out.push(raw);
    }
  }
  return out;
}

interface Row {
  name: string;
  cells: Cell[];
  /** Text after the name in date-first rows (a free-form platform column such as "Windows 98"). */
  rest: string;
}

/** Date-first rows: date, time, version, size in some order, then the name, then the platform column. */
function dateFirstRow(toks: string[]): Row | null {
  const cells: Cell[] = [];
  let i = 0;
  for (; i < toks.length; i++) {
    const c = classify(toks[i]);
    if (c.t === "name" || c.t === "other" || c.t === "platform") break;
    cells.push(c);
  }
  if (i >= toks.length || cells[0]?.t !== "date" || cells.length < 2) return null;
  const name = classify(toks[i]);
  if (name.t !== "name") return null;
  // Cells after the name (Version/Platform columns placed last) until free text starts.
  let j = i + 1;
  for (; j < toks.length; j++) {
    const c = classify(toks[j]);
    if (c.t === "name" || c.t === "other") break;
    cells.push(c);
  }
  return { name: name.v, cells, rest: toks.slice(j).join(" ") };
}

/** Filename-first rows ("Netapi32.dll  94,992  03/04/98  05:07p  (Intel)"): every other cell must be typed. */
function nameFirstRow(cells: string[], requireExt: boolean): Row | null {
  if (cells.length < 3) return null;
  const name = classify(cells[0]);
  if (name.t !== "name" || (requireExt && !HAS_EXT.test(name.v))) return null;
  const rest = cells.slice(1).map(classify);
  if (rest.some((c) => c.t === "name" || c.t === "other")) return null;
  if (!rest.some((c) => c.t === "date")) return null;
  if (!rest.some((c) => c.t === "size" || c.t === "dotted" || c.t === "version" || c.t === "time")) return null;
  return { name: name.v, cells: rest, rest: "" };
}

function boxedRow(line: string): Row | null {
  const cells = line.trim().replace(/^\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim());
  if (cells.length < 3) return null;
  const nameAt = cells.findIndex((c) => classify(c).t === "name");
  if (nameAt < 0) return null;
  const typed = cells.filter((_, k) => k !== nameAt).map(classify);
  if (typed.some((c) => c.t === "name" || c.t === "other")) return null;
  if (!typed.some((c) => c.t === "date")) return null;
  return { name: cells[nameAt], cells: typed, rest: "" };
}

function parseRow(line: string): Row | null {
  const t = line.trim();
  if (!t || !/\d/.test(t)) return null;
  if (t.startsWith("|")) return boxedRow(t);
  const toks = tokens(t);
  return dateFirstRow(toks) ?? nameFirstRow(toks, true);
}

function toFile(row: Row, headerHasVersion: boolean, caption: Platform | null): HotfixFile {
  const f: HotfixFile = { name: row.name, size: null, platform: null, date: null, time: null, version: null };
  let sized = false;
  let platformCell = false;
  const hasVersion = row.cells.some((c) => c.t === "version");
  for (const c of row.cells) {
    switch (c.t) {
      case "date": f.date ??= c.v; break;
      case "time": f.time ??= c.v; break;
      case "size": if (!sized) { f.size = c.v; sized = true; } break;
      case "version": f.version ??= c.v; break;
      case "dotted":
        if (!sized && (hasVersion || !headerHasVersion)) { f.size = Number(c.v.replace(/\./g, "")); sized = true; }
        else f.version ??= c.v;
        break;
      case "platform": f.platform ??= c.v; platformCell = true; break;
    }
  }
  if (!platformCell) f.platform = row.rest ? platformOf(row.rest) : caption;
  return f;
}

const DIR_LISTING = /<DIR>|bytes free|Volume in drive|Volume Serial Number|Directory of |\bFile\(s\)|^\s*[A-Za-z]:\\[^ ]*>/i;
const HEADER_WORD = /\b(?:date|time|size|file|name|version|platform)\b/gi;
const RULE = /^\s*[-=+|_ ]{5,}\s*$/;

/** A short line such as "Intel:", "x86 version:", "(Alpha):" naming exactly one platform. */
function captionPlatform(line: string): Platform | null | undefined {
  const t = line.trim();
  if (t.length > 60 || !t.endsWith(":")) return undefined;
  const words = t.match(new RegExp(PLATFORM_WORD.source, "gi"));
  if (!words) return undefined;
  const kinds = new Set(words.map(platformOf));
  return kinds.size === 1 ? platformOf(words[0]) : null;
}

/** All hotfix file rows in document order. Directory listings (dir output) are skipped. */
export function extractFiles(lines: string[]): HotfixFile[] {
  const files: HotfixFile[] = [];
  let caption: Platform | null = null;
  let headerHasVersion = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const row = parseRow(line);
    if (row) {
      if (!inDirListing(lines, i)) files.push(toFile(row, headerHasVersion, caption));
      continue;
    }
    const t = line.trim();
    if (!t || RULE.test(t)) continue;
    const cap = captionPlatform(t);
    if (cap !== undefined) {
      caption = cap;
      continue;
    }
    const headerWords = t.match(HEADER_WORD);
    if (headerWords && headerWords.length >= 3 && /date/i.test(t)) {
      headerHasVersion = /version/i.test(t);
      continue;
    }
    if (t.split(/\s+/).length >= 4) caption = null;
  }
  return files;
}

/** True when the row sits in the same block as dir-command output (up to a blank-line gap). */
function inDirListing(lines: string[], i: number): boolean {
  for (let k = i; k >= 0 && k >= i - 40; k--) {
    if (DIR_LISTING.test(lines[k])) return true;
    if (k < i && lines[k].trim() === "" && (k === 0 || lines[k - 1].trim() === "")) break;
  }
  for (let k = i + 1; k < lines.length && k <= i + 40; k++) {
    if (DIR_LISTING.test(lines[k])) return true;
    if (lines[k].trim() === "" && (k + 1 >= lines.length || lines[k + 1].trim() === "")) break;
  }
  return false;
}
