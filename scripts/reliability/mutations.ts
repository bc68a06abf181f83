// Ways to damage a real article for the parser fuzz. Text is handled as latin1 so that every
// byte maps to one char and back: flips and truncation land on bytes, as on a damaged disk.
import type { Random } from "./lib/random";

const MB = 1 << 20;

/** Repeated until a line is 1 MB: plain runs, and the shapes the parser's patterns look for. */
const HUGE_UNITS = [
  "x",
  " ",
  "\t",
  "=",
  "-",
  "| a ",
  "9/9/99 ",
  "12:00a ",
  "123,456 ",
  "Q123456 ",
  "Service Pack 5 ",
  "4.0 SP4,",
  "kbbug ",
  "rassrv.exe ",
  "((((",
  "[",
  "*_",
  "`",
  "<a ",
  "&#",
  "\\",
  "DOCUMENT:",
  ": ",
  "\u00a0",
  "\u00ff",
];

const lines = (s: string) => s.split("\n");

function hugeLine(rand: Random, s: string): string {
  const all = lines(s);
  let unit = rand.pick(HUGE_UNITS);
  if (rand.chance(0.1)) unit = rand.pick(all); // a real line of the article, over and over
  if (rand.chance(0.1)) unit = Array.from({ length: 64 }, () => String.fromCharCode(rand.int(1, 255))).join("");
  const huge = (unit || "x").repeat(Math.ceil(MB / (unit.length || 1))).slice(0, MB);
  const at = rand.int(0, all.length);
  if (rand.chance(0.5)) all.splice(at, 0, huge);
  else all[Math.min(at, all.length - 1)] += huge; // glued to a header, a heading or a table row
  return all.join("\n");
}

function flipBytes(rand: Random, s: string): string {
  const chars = s.split("");
  for (let n = rand.int(1, 64); n > 0 && chars.length > 0; n--) {
    const i = rand.int(0, chars.length - 1);
    const code = rand.chance(0.5) ? chars[i].charCodeAt(0) ^ (1 << rand.int(0, 7)) : rand.int(0, 255);
    chars[i] = String.fromCharCode(code & 0xff);
  }
  return chars.join("");
}

function shuffleLines(rand: Random, s: string): string {
  const all = lines(s);
  const from = rand.chance(0.5) ? 0 : rand.int(0, all.length - 1);
  const to = rand.chance(0.5) ? all.length - 1 : rand.int(from, all.length - 1);
  for (let i = to; i > from; i--) {
    const j = rand.int(from, i);
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.join("\n");
}

export const MUTATIONS: Record<string, (rand: Random, s: string, other: () => string) => string> = {
  truncate: (rand, s) => s.slice(0, rand.int(0, s.length)),
  "flip-bytes": flipBytes,
  "shuffle-lines": shuffleLines,
  "1mb-line": hugeLine,
  "delete-lines": (rand, s) =>
    lines(s)
      .filter(() => rand.chance(0.7))
      .join("\n"),
  "repeat-line": (rand, s) => {
    const all = lines(s);
    const i = rand.int(0, all.length - 1);
    // up to 20,000 copies (a table row thousands of times), but never past ~4 MB in all
    const copies = Math.min(rand.int(2, 20_000), Math.floor((4 * MB) / (all[i].length + 1)));
    all.splice(i, 0, ...Array<string>(copies).fill(all[i]));
    return all.join("\n");
  },
  garbage: (rand, s) => {
    const at = rand.int(0, s.length);
    const junk = Array.from({ length: rand.int(1, 4096) }, () => String.fromCharCode(rand.int(0, 255))).join("");
    return s.slice(0, at) + junk + s.slice(at);
  },
  "line-endings": (rand, s) =>
    rand.pick([
      s.replace(/\n/g, "\r\n"),
      s.replace(/\n/g, "\r"),
      s.replace(/\n/g, () => rand.pick(["\n", "\r\n", "\r", "\n\r"])),
    ]),
  splice: (rand, s, other) => {
    const o = other();
    return s.slice(0, rand.int(0, s.length)) + o.slice(rand.int(0, o.length));
  },
};

/** The four the issue names come first: every case gets one of them, by turns, then 0-2 others. */
const PRIMARY = ["truncate", "flip-bytes", "shuffle-lines", "1mb-line"];
const NAMES = Object.keys(MUTATIONS);

export function mutate(
  rand: Random,
  caseIndex: number,
  text: string,
  other: () => string,
): { text: string; applied: string[] } {
  const applied = [PRIMARY[caseIndex % PRIMARY.length]];
  for (let n = rand.int(0, 2); n > 0; n--) applied.push(rand.pick(NAMES));
  if (rand.chance(0.5)) applied.reverse();
  let out = text;
  for (const name of applied) out = MUTATIONS[name](rand, out, other);
  return { text: out, applied };
}
