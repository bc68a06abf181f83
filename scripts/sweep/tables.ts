// npm run sweep:tables [PATH...]: every table-like region of the archive against what the parser
// makes of it. PATH defaults to the whole archive (KB_ARCHIVE, every product); folders
// and files work too. A region is a run of lines that look like file rows (a file name with two
// of date, time, size, version); it is turned into rows (a fix table), rejected as a listing
// (lib/kb/files.ts says why), or unexplained. Rows the parser keeps in an article that says
// nothing about a fix are printed too: a person would not call them a fix's files.
import { readFileSync } from "node:fs";
import { ARCHIVE } from "../../lib/corpus";
import { findArticleFiles, isArticleFile } from "../../lib/import/find-files";
import { tarEntries } from "../../lib/import/tar";
import { articleBodyLines } from "../../lib/kb";
import { extractFileTables } from "../../lib/kb/files";
import { decodeArticleBytes } from "../../lib/kb/node";

const DEFAULT = ARCHIVE;
const SAMPLES = Number(process.env.SWEEP_SAMPLES ?? 25);

const FILE = /(?:^|[\s(|])[\w$~-]{1,40}\.[a-z][a-z0-9_]{0,3}(?=$|[\s)|,])/i;
const DATE = /\b(?:\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\d{4}[/-]\d{1,2}[/-]\d{1,2}|\d{1,2}-[A-Za-z]{3,9}-\d{2,4})\b/;
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?\s?(?:[ap]\.?m?\.?)?(?![\d:])/i;
const SIZE = /(?<![\d.,:/-])(?:\d{1,3}(?:[,.]\d{3})+|\d{4,})(?![\d.,:/-])/;
const VERSION = /\b\d+\.\d+\.\d+(?:\.\d+)?\b/;
// A fix is offered somewhere in the article.
const FIX_WORDING = /hot\s?fix|\bfix\b|\bpatch|\bupdate[ds]?\b|file attributes|corrected|resolved|QFE/i;

function tableLike(line: string): boolean {
  if (!FILE.test(line) || line.length > 160) return false;
  const attributes = [DATE, TIME, SIZE, VERSION].filter((r) => r.test(line)).length;
  return attributes >= 2;
}

interface Region {
  start: number;
  end: number;
}

function regions(lines: string[]): Region[] {
  const out: Region[] = [];
  for (const [i, line] of lines.entries()) {
    if (!tableLike(line)) continue;
    const last = out.at(-1);
    if (last && i - last.end <= 3) last.end = i;
    else out.push({ start: i, end: i });
  }
  return out;
}

/**
 * Why a region the parser turns into no rows is right to: what the lines are instead. The first
 * test that holds names it; a region none holds is unexplained.
 */
const NOT_A_TABLE: [string, (lines: string[], intro: string) => boolean][] = [
  [
    "a sentence naming a file's size or date",
    (l) => l.every((x) => PROSE.test(x) || SENTENCE.test(x) || !tableLike(x)),
  ],
  [
    "module list (debugger, link dates)",
    (l) => l.some((x) => WEEKDAY_STAMP.test(x) || /\b0x[0-9a-f]{8}\b|\b[0-9a-f]{8}\s/i.test(x)),
  ],
  ["dir output", (l) => l.some((x) => DOS_DIR.test(x))],
  ["article titles (Qnnnnnn ...)", (l) => l.every((x) => /^\s*Q\d{5,7}\b/.test(x) || !tableLike(x))],
  [
    "tool output (filever, nbtstat, logs)",
    (l) => l.some((x) => /--a--|<[0-9A-F]{2}>\s+(?:UNIQUE|GROUP)|^\s*\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}/.test(x)),
  ],
  ["driver library list", (l) => l.some((x) => /^\s*S\d{5}\s/.test(x))],
  [
    "files to compare, not a fix",
    (_, intro) => /\b(?:check|verify|compare)\b.*\b(?:date|time|size|version)|\bversions? of\b/i.test(intro),
  ],
];
const PROSE = /(?:\b[a-z]{2,}\b.*){4}/;
// "2. Download file J2585B.exe dated 4/17/96.", "Driver properties : IBMTRP.SYS, 89728 bytes, 5/21/96, 4:31p."
const SENTENCE = /^\s*(?:\d+\.\s+)?[A-Z][\w ]*\s(?:\S+\s+){2,}.*\.\s*$/;
const WEEKDAY_STAMP =
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
// DOS dir: NAME EXT size date time (the extension its own column), or name date time and nothing else.
const DOS_DIR =
  /^\s*[\w$~-]{1,8}\s+[\w$~-]{1,3}\s+[\d,]+\s+\d{1,2}-\d{1,2}-\d{2,4}\s+\d{1,2}:\d{2}[ap]|^\s*[\w$~-]{1,8}\.[\w$~-]{1,3}\s+\d{1,2}\/\d{1,2}\/\d{2}\s+\d{1,2}:\d{2}[ap]\s*$/i;

type Outcome = "rows" | "listing" | "not a table" | "unexplained";
const counts = { all: new Map<Outcome, number>(), nt: new Map<Outcome, number>() };
const explained = new Map<string, number>();
const samples: string[] = [];
const noFixRows: string[] = [];
let articles = 0;
let ntArticles = 0;
let rowsKept = 0;
let rowsListed = 0;
let noFixRowCount = 0;
let noFixRowCountNt = 0;
const listingReasons = new Map<string, number>();

function sweep(name: string, text: string) {
  const body = articleBodyLines(text);
  if (!body) return;
  articles++;
  const nt = body.product === "winnt";
  if (nt) ntArticles++;
  const tables = extractFileTables(body.lines, body.title);
  for (const t of tables) {
    if (t.kind === "fix") rowsKept += t.files.length;
    else {
      rowsListed += t.files.length;
      listingReasons.set(t.reason!, (listingReasons.get(t.reason!) ?? 0) + 1);
    }
  }
  for (const r of regions(body.lines)) {
    const hit = tables.filter((t) => t.start <= r.end && t.end >= r.start);
    let outcome: Outcome = hit.some((t) => t.kind === "fix") ? "rows" : hit.length ? "listing" : "unexplained";
    if (outcome === "unexplained") {
      const lines = body.lines.slice(r.start, r.end + 1);
      const intro = body.lines.slice(Math.max(0, r.start - 4), r.start).join(" ");
      const why = NOT_A_TABLE.find(([, test]) => test(lines, intro))?.[0];
      if (why) {
        outcome = "not a table";
        explained.set(why, (explained.get(why) ?? 0) + 1);
      }
    }
    for (const c of nt ? [counts.all, counts.nt] : [counts.all]) c.set(outcome, (c.get(outcome) ?? 0) + 1);
    if (outcome === "unexplained" && samples.length < SAMPLES * 4)
      samples.push(`${nt ? "NT " : "   "}${name}:${r.start + 1}  ${body.lines[r.start].trim().slice(0, 100)}`);
  }
  const kept = tables.filter((t) => t.kind === "fix");
  if (kept.length && !FIX_WORDING.test(body.lines.join("\n"))) {
    const n = kept.reduce((sum, t) => sum + t.files.length, 0);
    noFixRowCount += n;
    if (nt) noFixRowCountNt += n;
    if (noFixRows.length < SAMPLES)
      noFixRows.push(
        `${nt ? "NT " : "   "}${name}:${kept[0].start + 1}  ${body.lines[kept[0].start].trim().slice(0, 100)}`,
      );
  }
}

const started = performance.now();
const paths = process.argv.slice(2);
const { files, archives } = findArticleFiles(paths.length ? paths : [DEFAULT]);
for (const file of files) sweep(file, decodeArticleBytes(readFileSync(file)));
for (const archive of archives)
  for await (const entry of tarEntries(archive))
    if (isArticleFile(entry.name)) sweep(entry.name, decodeArticleBytes(entry.data));

const line = (label: string, c: Map<Outcome, number>) => {
  const n = (o: Outcome) => c.get(o) ?? 0;
  const total = n("rows") + n("listing") + n("not a table") + n("unexplained");
  return `${label.padEnd(26)} ${String(total).padStart(7)} ${String(n("rows")).padStart(9)} ${String(n("listing")).padStart(9)} ${String(n("not a table")).padStart(12)} ${String(n("unexplained")).padStart(12)}`;
};
console.log(
  `${articles} articles (${ntArticles} Windows NT) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
console.log(
  `${"table-like regions".padEnd(26)} ${"found".padStart(7)} ${"rows".padStart(9)} ${"listing".padStart(9)} ${"not a table".padStart(12)} ${"unexplained".padStart(12)}`,
);
console.log(line("every product", counts.all));
console.log(line("Windows NT", counts.nt));
console.log(`\nfile rows kept as fixes: ${rowsKept}; rows in listings, kept out: ${rowsListed}`);
console.log(`listings by reason: ${[...listingReasons].map(([r, n]) => `${r} ${n}`).join(", ") || "none"}`);
console.log(`not tables, by what they are: ${[...explained].map(([r, n]) => `${r} ${n}`).join(", ")}`);
console.log(`\nunexplained regions (first ${samples.length}):`);
for (const s of samples) console.log(`  ${s}`);
console.log(
  `\nrows kept in articles that offer no fix: ${noFixRowCount}, ${noFixRowCountNt} of them Windows NT (first ${noFixRows.length} articles):`,
);
for (const s of noFixRows) console.log(`  ${s}`);
