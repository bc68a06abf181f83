import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { txtPath } from "../corpus";
import { candidateWords, lexemeRuns, markLexemes } from "./lexeme-marks";
import { MATCH_CLOSE as C, MATCH_OPEN as O } from "./snippet";

// The stems PostgreSQL's Porter dictionary gives these words (lib/search/search-postgres.test.ts
// checks the marking against the database itself).
const STEMS: Record<string, string> = {
  rassrv: "rassrv",
  exe: "ex",
  rasman: "rasman",
  port: "port",
  ports: "port",
  terminal: "termin",
};
const stemOf = (w: string) => STEMS[w] ?? w;
const mark = (text: string, tsquery: string) => {
  const runs = lexemeRuns(tsquery);
  return markLexemes(text, runs, candidateWords(text, runs), stemOf);
};
const marked = (text: string) => [...text.matchAll(new RegExp(`${O}([^${C}]*)${C}`, "g"))].map((m) => m[1]);

describe("lexemeRuns", () => {
  test("reads words, phrases and typed prefixes as PostgreSQL prints a tsquery", () => {
    expect(lexemeRuns("'psxss' <-> 'ex' | 'prin':* & 'spool'")).toEqual([
      [
        { lexeme: "psxss", prefix: false },
        { lexeme: "ex", prefix: false },
      ],
      [{ lexeme: "prin", prefix: true }],
      [{ lexeme: "spool", prefix: false }],
    ]);
  });

  test("a phrase over a group counts as its words, and a repeated word once", () => {
    expect(lexemeRuns("( 'cd' | 'cdrom' ) <-> 'rom' | 'cd'")).toEqual([
      [{ lexeme: "cd", prefix: false }],
      [{ lexeme: "cdrom", prefix: false }],
      [{ lexeme: "rom", prefix: false }],
    ]);
  });
});

describe("markLexemes on Q244717", () => {
  const text = readFileSync(txtPath("Q244717"), "utf8");

  test("a file name is one mark, wherever the article names it, in any case", () => {
    const marks = marked(mark(text, "'rassrv' <-> 'ex'"));
    expect(marks.length).toBe(text.match(/rassrv\.exe/gi)?.length);
    expect(new Set(marks)).toEqual(new Set(["Rassrv.exe"]));
  });

  test("a phrase's word alone is not marked; a word on its own is, in every form", () => {
    const out = mark(text, "'rassrv' <-> 'ex' | 'port'");
    expect(marked(out)).not.toContain("exe");
    expect(out).toContain(`between Rasman.exe and ${O}Rassrv.exe${C}`);
    expect(new Set(marked(out))).toEqual(new Set(["Rassrv.exe", "port", "Port", "ports"]));
  });

  test("the text is unchanged but for the marks", () => {
    const out = mark(text, "'ras':* | 'port'");
    expect(out.replaceAll(O, "").replaceAll(C, "")).toBe(text);
    expect(marked(out)).toContain("RAS");
  });

  test("only words that may stem to a lexeme are candidates", () => {
    const words = candidateWords(text, lexemeRuns("'rassrv' <-> 'ex'")).map((c) => c.word);
    expect(words).toContain("rassrv");
    expect(words.every((w) => w.startsWith("ra") || w.startsWith("ex"))).toBe(true);
  });

  test("matches that overlap are one mark, as highlight() merges them", () => {
    const line = /^TITLE\s*:(.*)$/m.exec(text)?.[1] ?? "";
    const out = mark(line, "'nt' <-> '4' | '4' <-> '0' <-> 'termin' | 'server'");
    expect(marked(out)).toEqual(["NT 4.0 Terminal", "Server"]);
  });
});
