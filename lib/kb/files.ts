// Hotfix file-attribute tables. The corpus has ~30 layouts (column orders, with or without
// Version/Platform, boxed "| ... |" rows, headerless rows, filename first, day-first dates),
// so rows are recognised by typing each cell rather than by fixed columns. Header lines settle
// ambiguous cells and enable name+version tables; caption lines ("Alpha:") supply a platform.
import { parsePlatform, PLATFORM_WORD, platformIn } from "../nt/platforms";
import { isDayFirst, parseTableDate, parseTableTime } from "./dates";
import type { HotfixFile, Platform } from "./types";

type Cell =
  | { t: "date"; raw: string }
  | { t: "time"; v: string }
  | { t: "size"; v: number | null; raw: string }
  | { t: "version"; v: string }
  /** "177.424": a European-style size or a version, settled by the table header. */
  | { t: "dotted"; v: string }
  | { t: "platform"; v: Platform | null }
  | { t: "dash" }
  | { t: "name"; v: string }
  | { t: "other" };

const PLATFORM_WORDS = new RegExp(PLATFORM_WORD.source, "gi");
const SIZE_BYTES = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\s*bytes)?$/i;
const SIZE_KB = /^\d[\d,.]*\s*(?:KB|K)$/i;
// "5.0:2195.2097" is a typo the corpus has; the time check runs first so "03:53" stays a time.
const VERSION = /^\d+(?:[.:]\d+)+[a-z]?$/i;
const DOTTED = /^\d{1,3}(?:\.\d{3})+$/;
const PLATFORM_CELL = new RegExp(`^\\(?${PLATFORM_WORD.source}\\)?$`, "i");
/** "Rdr.sys(Alpha)": a file name with its platform glued on. */
const GLUED_PLATFORM = new RegExp(`^(.+\\.\\w{1,4})(\\(${PLATFORM_WORD.source}\\))$`, "i");
const NAME = /^(?=.*[A-Za-z])[\w$~!#%&'@^`{}\\-]+(?:\.[\w$~!#%&'@^`{}-]+)*$/;
const HAS_EXT = /\.[A-Za-z0-9_$~-]{1,4}$/;

function classify(s: string): Cell {
  if (parseTableDate(s) || parseTableDate(s, true)) return { t: "date", raw: s };
  const time = parseTableTime(s);
  if (time) return { t: "time", v: time };
  if (DOTTED.test(s)) return { t: "dotted", v: s };
  const bytes = SIZE_BYTES.exec(s);
  if (bytes) return { t: "size", v: Number(bytes[1].replace(/,/g, "")), raw: s };
  if (SIZE_KB.test(s)) return { t: "size", v: null, raw: s };
  if (VERSION.test(s)) return { t: "version", v: s };
  if (PLATFORM_CELL.test(s)) return { t: "platform", v: platformIn(s) };
  if (s === "-" || /^n\/a$/i.test(s)) return { t: "dash" };
  if (NAME.test(s)) return { t: "name", v: s };
  return { t: "other" };
}

const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;

/**
 * Whitespace tokens, re-joining cells that contain spaces: "1:15 AM", "123 KB", "27,846 Bytes",
 * "May 17, 2001", "31 May 2002"; and splitting "Rdr.sys(Alpha)".
 */
function tokens(line: string): string[] {
  const raw = line.trim().split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const tok = raw[i];
    const prev = out[out.length - 1];
    if (MONTH.test(tok) && /^\d{1,2},?$/.test(raw[i + 1] ?? "") && /^\d{4}$/.test(raw[i + 2] ?? "")) {
      out.push(`${tok} ${raw[i + 1]} ${raw[i + 2]}`);
      i += 2;
    } else if (/^\d{1,2}$/.test(tok) && MONTH.test(raw[i + 1] ?? "") && /^\d{4}$/.test(raw[i + 2] ?? "")) {
      out.push(`${tok} ${raw[i + 1]} ${raw[i + 2]}`);
      i += 2;
    } else if (prev !== undefined && /^[AaPp]\.?[Mm]\.?$/.test(tok) && /^\d{1,2}:\d{2}(?::\d{2})?$/.test(prev)) {
      out[out.length - 1] = prev + tok;
    } else if (prev !== undefined && /^(?:KB|K|bytes)$/i.test(tok) && /^\d[\d,.]*$/.test(prev)) {
      out[out.length - 1] = `${prev} ${tok}`;
    } else {
      const glued = GLUED_PLATFORM.exec(tok);
      if (glued) out.push(glued[1], glued[2]);
      else if (tok) out.push(tok);
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

const count = (cells: Cell[], t: Cell["t"]) => cells.reduce((n, c) => n + (c.t === t ? 1 : 0), 0);

/** One date, at most one time and size, and something besides the date: rules out event-log lines. */
function plausible(cells: Cell[]): boolean {
  if (count(cells, "date") !== 1 || count(cells, "time") > 1 || count(cells, "size") + count(cells, "dotted") > 2)
    return false;
  return cells.some((c) => c.t === "time" || isSizeOrVersion(c));
}

/**
 * Date-first rows: date, time, version, size in some order (a platform may lead), then the
 * name, then a short platform column ("Intel", "I386 - 128-bit", "Windows 98 Second Edition").
 * Extensionless names ("Ntldr") only under a header that has a file-name column.
 */
function dateFirstRow(toks: string[], namedColumn: boolean): Row | null {
  const cells: Cell[] = [];
  let i = 0;
  const lead = classify(toks[0] ?? "");
  if (lead.t === "platform") {
    cells.push(lead);
    i = 1;
  }
  const first = cells.length;
  for (; i < toks.length; i++) {
    const c = classify(toks[i]);
    if (c.t === "name" || c.t === "other" || c.t === "platform") break;
    cells.push(c);
  }
  // A row starts with its date (or its time, then the date); a Platform column may precede the name.
  const lead0 = cells[first]?.t;
  if (i >= toks.length || !(lead0 === "date" || (lead0 === "time" && cells[first + 1]?.t === "date"))) return null;
  const platformCell = classify(toks[i]);
  if (platformCell.t === "platform" && i + 1 < toks.length) {
    cells.push(platformCell);
    i++;
  }
  const name = classify(toks[i]);
  if (name.t !== "name" || !(namedColumn || HAS_EXT.test(name.v))) return null;
  // Cells after the name (Version/Platform columns placed last) until free text starts.
  let j = i + 1;
  for (; j < toks.length; j++) {
    const c = classify(toks[j]);
    if (c.t === "name" || c.t === "other") break;
    cells.push(c);
  }
  if (toks.length - j > 4 || !plausible(cells)) return null;
  return { name: name.v, cells, rest: toks.slice(j).join(" ") };
}

const FILLER = /^(?:version|ver\.|dated|date:|size:|time:)$/i;

const isSizeOrVersion = (c: Cell) => c.t === "size" || c.t === "dotted" || c.t === "version";

/**
 * Filename-first rows ("Netapi32.dll  94,992  03/04/98  05:07p  (Intel)"): every other cell
 * must be typed, and a date is required unless a "File Name  Version" header announced the table.
 */
function nameFirstRow(all: string[], underHeader: boolean, platformColumn = false): Row | null {
  // "MSNP32.DLL  version 4.00.952  dated 05/07/97  67,584 bytes": the labels are not cells.
  const cells = all.filter((t) => !FILLER.test(t));
  if (cells.length < (underHeader ? 2 : 3)) return null;
  const name = classify(cells[0]);
  if (name.t !== "name" || !HAS_EXT.test(name.v)) return null;
  const rest = cells.slice(1).map(classify);
  if (rest.some((c) => c.t === "name" || c.t === "other")) return null;
  // Under a "File name  Platform" header a row may be a name and its platform only.
  if (underHeader && platformColumn && rest.length === 1 && rest[0].t === "platform")
    return { name: name.v, cells: rest, rest: "" };
  if (!underHeader && !(rest.some((c) => c.t === "date") && plausible(rest))) return null;
  if (!rest.some(isSizeOrVersion)) return null;
  return { name: name.v, cells: rest, rest: "" };
}

// "ASYNC.OVL    (371,898 bytes, dated 12/01/94, 6:01 P.M.)": the Mail and Exchange articles' rows.
const PAREN_ATTRIBUTES =
  /^(\S+)\s*\(\s*([\d,]+)\s*bytes,\s*dated\s+(\S+?),?\s*(?:(\d{1,2}:\d{2})\s*([AP])\.?M\.?)?\s*\)$/i;

/** The parenthesized form as a plain row: "ASYNC.OVL 371,898 12/01/94 6:01p". */
function unwrapAttributes(t: string): string {
  const m = PAREN_ATTRIBUTES.exec(t);
  return m ? [m[1], m[2], m[3], m[4] ? `${m[4]}${m[5].toLowerCase()}` : ""].join(" ").trim() : t;
}

type Column = "name" | "date" | "time" | "size" | "version" | "platform" | null;

function columnOf(header: string): Column {
  const h = header.toLowerCase();
  if (/file|name/.test(h)) return "name";
  if (/date/.test(h)) return "date";
  if (/time/.test(h)) return "time";
  if (/size|bytes/.test(h)) return "size";
  if (/version/.test(h)) return "version";
  if (/platform|processor|hardware/.test(h)) return "platform";
  return null;
}

const boxCells = (line: string) =>
  line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|\s*$/, "")
    .split("|")
    .map((c) => c.trim());

/** Boxed rows: mapped by the box's header row when there is one, otherwise by typing each cell. */
function boxedRow(line: string, columns: Column[] | null): Row | null {
  const cells = boxCells(line);
  if (cells.length < 2) return null;
  if (columns && columns.length === cells.length && columns.includes("name")) {
    const name = cells[columns.indexOf("name")];
    if (!name || !/[A-Za-z]/.test(name)) return null;
    const typed: Cell[] = [];
    cells.forEach((c, k) => {
      const col = columns[k];
      const cell = classify(c);
      if (col === "date" && !parseTableDate(c) && !parseTableDate(c, true)) return;
      // A version column may hold text ("TAPI 2.0 (from Windows NT 4.0 Service Pack 3)"): keep it as written.
      if (col === "version") typed.push(c && cell.t !== "dash" ? { t: "version", v: c } : { t: "dash" });
      else if (col && col !== "name") typed.push(cell);
    });
    if (!typed.some((c) => c.t === "date" || isSizeOrVersion(c))) return null;
    return { name, cells: typed, rest: "" };
  }
  if (cells.length < 3) return null;
  const nameAt = cells.findIndex((c) => classify(c).t === "name");
  if (nameAt < 0) return null;
  const typed = cells.filter((_, k) => k !== nameAt).map(classify);
  if (typed.some((c) => c.t === "name" || c.t === "other") || !plausible(typed)) return null;
  return { name: cells[nameAt], cells: typed, rest: "" };
}

/** Header columns that settle a row's numbers: build-number versions ("7043") look like sizes. */
interface Header {
  version: boolean;
  versionBeforeSize: boolean;
  /** With a Platform column, a row that leaves it blank repeats the row above ("Wlbs.sys" under "Wlbs.exe  x86"). */
  platform: boolean;
}

function toFile(row: Row, dayFirst: boolean, header: Header, caption: Platform | null): HotfixFile {
  const f: HotfixFile = { name: row.name, size: null, platform: null, date: null, time: null, version: null };
  const sizes = row.cells.filter((c) => c.t === "size");
  if (sizes.length === 2 && header.version) {
    const v = sizes[header.versionBeforeSize ? 0 : 1];
    if (v.t === "size") row.cells[row.cells.indexOf(v)] = { t: "version", v: v.raw };
  }
  const headerHasVersion = header.version;
  let sized = false;
  let platformCell = false;
  const hasVersion = row.cells.some((c) => c.t === "version");
  for (const c of row.cells) {
    switch (c.t) {
      case "date":
        f.date ??= parseTableDate(c.raw, dayFirst) ?? parseTableDate(c.raw, !dayFirst);
        break;
      case "time":
        f.time ??= c.v;
        break;
      case "size":
        if (!sized) {
          f.size = c.v;
          sized = true;
        }
        break;
      case "version":
        f.version ??= c.v;
        break;
      case "dotted":
        if (!sized && (hasVersion || !headerHasVersion)) {
          f.size = Number(c.v.replace(/\./g, ""));
          sized = true;
        } else f.version ??= c.v;
        break;
      case "platform":
        f.platform ??= c.v;
        platformCell = true;
        break;
    }
  }
  if (!platformCell) f.platform = row.rest ? platformIn(row.rest) : caption;
  return f;
}

const DIR_LISTING =
  /<DIR>|bytes free|Volume in drive|Volume Serial Number|Directory of |\bFile\(s\)|^\s*[A-Za-z]:\\[^ ]*>/i;
// Cheap pre-filter: every date form has a digit followed by "/" or "-", or "17, 2001", or "31 May 2002".
const DATEISH = /\d[/-]\w|\d,? \d{4}|\d [A-Z][a-z]{2,8} \d{4}|\d\.\d{2}\.(?:19|20)\d\d\b|\b(?:19|20)\d\d\.\d/;
const HEADER_WORD = /\b(?:date|time|size|file|name|version|platform)\b/gi;
const RULE = /^\s*[-=+|_ ]{5,}\s*$/;
/** Four or more words: a prose line that ends the current table. */
const PROSE = /\S\s+\S+\s+\S+\s+\S/;

const PLATFORM_HEADING = new RegExp(
  `^\\(?(?:${PLATFORM_WORD.source})\\)?(?:[\\s-]+(?:version|platform|based|computers?|systems?|processors?|only))*$`,
  "i",
);

/** A short line such as "Intel:", "x86 version:", "(Alpha):", "Alpha" naming exactly one platform. */
function captionPlatform(line: string): Platform | null | undefined {
  const t = line.trim();
  if (t.length > 60) return undefined;
  // A heading over a group ("x86", "Alpha-based computers") needs no colon: it is all platform.
  if (!t.endsWith(":") && !PLATFORM_HEADING.test(t)) return undefined;
  const words = t.match(PLATFORM_WORDS);
  if (!words) return undefined;
  const kinds = new Set(words.map(parsePlatform));
  return kinds.size === 1 ? parsePlatform(words[0]) : null;
}

/**
 * A table of file rows, as found: a fix's file attributes, or a listing (the files a service
 * pack or product installs, a "copy these files" list, dir output) that is no fix and that the
 * check never reads. start and end are the indexes of its first and last row in `lines`.
 */
export interface FileTable {
  kind: "fix" | "listing";
  /** Why a listing: "the article is a file list", "dir output", "introduced as a listing", "too long for a fix". */
  reason: string | null;
  start: number;
  end: number;
  files: HotfixFile[];
}

// The text before a table that says it lists what a pack or product installs or holds.
const LISTING_INTRO =
  /\bfiles?\s+(?:that\s+)?(?:are|is|were|will\s+be|gets?|ha(?:ve|s)\s+been)\s+(?:installed|copied|replaced|updated|included|contained|shipped|added|expanded|changed|modified)\b|\b(?:copy|install|expand|replace|delete|rename|extract)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?following\s+files\b|\b(?:contains?|includes?|installs?|updates?|replaces?)\s+(?:all\s+)?(?:of\s+)?the\s+following\s+(?:\w+\s+)?files\b|\blist\s+of\s+(?:the\s+)?(?:\w+\s+)?files\b|\blists?\s+(?:the\s+)?(?:\w+\s+)?files\b|\bfiles\s+(?:located\s+)?(?:in|on)\s+the\s+(?:\S+\s+){0,8}?(?:CD|CD-ROM|compact\s+disc|directory|folder|subdirectory|disk)\b|\bfiles?\s+(?:list|listing|manifest)\b|\bdir(?:ectory)?\s+listing\b/i;
// ... unless it is a fix's own table ("This hotfix contains the following files").
const FIX_INTRO = /\bhot\s?fix|\bfix(?:es|ed)?\b|\bpatch|\bfile\s+attributes\b|\bsecurity\s+update|\bQFE\b/i;
/** Longer than a fix's table: a service pack's or product's file list. */
const MAX_FIX_ROWS = 100;

// An article that is itself a file list: "Contents of Service Pack 5 ...", "File Descriptions for RRAS".
const LISTING_TITLE =
  /^(?:[A-Z0-9]{2,8}:\s*)?(?:Contents of|File Descriptions?|(?:\w+\s+)?Files? (?:Included|Installed|Contained|Shipped|Updated|in|on)\b|List of (?:the )?(?:\w+ )?Files\b)/i;

/** All hotfix file rows in document order: the rows of the fix tables. */
export function extractFiles(lines: string[], title = ""): HotfixFile[] {
  return extractFileTables(lines, title).flatMap((t) => (t.kind === "fix" ? t.files : []));
}

/** Every table of file rows, fix or listing, in document order. */
export function extractFileTables(lines: string[], title = ""): FileTable[] {
  const found: { intro: string; dir: boolean; start: number; end: number; files: HotfixFile[] }[] = [];
  const all = lines.join("\n");
  if (
    !DATEISH.test(all) &&
    !/(?:file|name)\s+(?:version|platform)/i.test(all) &&
    // line by line: across the joined text, ^\s* spans blank lines and rescans a long line from each
    !(all.includes("|") && lines.some((l) => /^\s*\|.*\b(?:file|name)/i.test(l)))
  )
    return [];
  // Rows of the current table; its day-first reading is settled once the whole table is seen.
  let table: { row: Row; header: Header; caption: Platform | null; line: number }[] = [];
  // A table any of whose rows sits next to dir-command output is a directory listing.
  let listing = false;
  // The last lines of text before the current table: what introduces it.
  let recent: string[] = [];
  let intro = "";
  const flush = () => {
    if (!table.length) return;
    const files: HotfixFile[] = [];
    const dayFirst = table.some(({ row }) => row.cells.some((c) => c.t === "date" && isDayFirst(c.raw)));
    let prev: HotfixFile | null = null;
    for (const t of table) {
      const f = toFile(t.row, dayFirst, t.header, t.caption);
      const blank = !t.row.rest && !t.row.cells.some((c) => c.t === "platform");
      if (blank && t.header.platform && prev) f.platform = prev.platform;
      files.push(f);
      prev = f;
    }
    found.push({ intro, dir: listing, start: table[0].line, end: table.at(-1)!.line, files });
    listing = false;
    table = [];
  };
  let caption: Platform | null = null;
  let lastRow = -1;
  let header: Header = { version: false, versionBeforeSize: false, platform: false };
  let nameVersionHeader = false;
  let namedColumn = false;
  let boxColumns: Column[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (!t) {
      if (nameVersionHeader && table.length) nameVersionHeader = false;
      continue;
    }
    if (RULE.test(t)) continue;
    let row: Row | null = null;
    if (t.startsWith("|")) {
      const cells = boxCells(t);
      if (cells.every((c) => !c || columnOf(c) !== null) && cells.some((c) => columnOf(c) === "name")) {
        boxColumns = cells.map(columnOf);
        header = {
          version: boxColumns.includes("version"),
          versionBeforeSize: boxColumns.indexOf("version") < boxColumns.indexOf("size"),
          platform: boxColumns.includes("platform"),
        };
        continue;
      }
      row = boxedRow(t, boxColumns);
    } else if (nameVersionHeader ? /\d/.test(t) || header.platform : DATEISH.test(t)) {
      const toks = tokens(unwrapAttributes(t));
      row = dateFirstRow(toks, namedColumn) ?? nameFirstRow(toks, nameVersionHeader, header.platform);
    }
    if (row) {
      listing ||= inDirListing(lines, i);
      if (!table.length) intro = recent.join(" ");
      table.push({ row, header, caption, line: i });
      lastRow = i;
      continue;
    }
    recent = [...recent.slice(-2), t];
    // "Compaq" above, "Alpha" below: a platform cell wrapped onto the next line of its row.
    if (table.length && lastRow === i - 1 && PLATFORM_CELL.test(t) && !startsTable(lines, i + 1)) {
      const last = table[table.length - 1].row;
      last.rest = `${last.rest} ${t}`.trim();
      continue;
    }
    const cap = captionPlatform(t);
    if (cap !== undefined) {
      caption = cap;
      continue;
    }
    const headerWords = t.length < 120 ? t.match(HEADER_WORD) : null;
    if (headerWords && headerWords.length >= 2 && !/[.:;,]$/.test(t) && !/(?:\S+\s+){10}\S/.test(t)) {
      const v = t.search(/version/i);
      header = { version: v >= 0, versionBeforeSize: v >= 0 && v < t.search(/size/i), platform: /platform/i.test(t) };
      namedColumn = /file|name/i.test(t);
      nameVersionHeader = !/date/i.test(t) && /file|name/i.test(t) && RULE.test(lines[i + 1] ?? "");
      continue;
    }
    if (PROSE.test(t)) {
      flush();
      caption = null;
      boxColumns = null;
      nameVersionHeader = false;
      namedColumn = false;
    }
  }
  flush();
  return classifyTables(found, title);
}

/**
 * Fix or listing, per table. A long listing is often broken into pieces by a row the parser
 * cannot read: tables a few lines apart make one run, and the run's length and the first
 * piece's introduction decide for all of them.
 */
function classifyTables(
  found: { intro: string; dir: boolean; start: number; end: number; files: HotfixFile[] }[],
  title: string,
): FileTable[] {
  const listed = LISTING_TITLE.test(title);
  const out: FileTable[] = [];
  for (let i = 0; i < found.length; ) {
    let j = i + 1;
    while (j < found.length && found[j].start - found[j - 1].end <= 4) j++;
    const run = found.slice(i, j);
    const rows = run.reduce((n, t) => n + t.files.length, 0);
    for (const t of run) {
      const reason = listed
        ? "the article is a file list"
        : t.dir
          ? "dir output"
          : LISTING_INTRO.test(t.intro) && !FIX_INTRO.test(t.intro)
            ? "introduced as a listing"
            : rows > MAX_FIX_ROWS && !FIX_INTRO.test(run[0].intro) && !FIX_INTRO.test(t.intro)
              ? "too long for a fix"
              : null;
      out.push({ kind: reason ? "listing" : "fix", reason, start: t.start, end: t.end, files: t.files });
    }
    i = j;
  }
  return out;
}

/** The next non-empty line is a rule or a header: what follows a group's heading, not a wrapped cell. */
function startsTable(lines: string[], from: number): boolean {
  for (let k = from; k < lines.length && k < from + 3; k++) {
    const t = lines[k].trim();
    if (!t) continue;
    return RULE.test(t) || (t.match(HEADER_WORD)?.length ?? 0) >= 2;
  }
  return false;
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
