// Turns whatever a user types into safe FTS5 MATCH expressions. Every token is quoted, so FTS5
// syntax in the input (AND, NEAR, *, parentheses, column filters) is plain text. Words a support
// engineer types are widened to what the Knowledge Base writes: synonyms and abbreviations
// (synonyms.ts), STOP codes in every spelling, "sp4" as "Service Pack 4".
import { SYNONYM_GROUPS } from "./synonyms";

/** Longest input we look at: 10 KB of pasted text is cut, never an error. */
export const MAX_QUERY_LENGTH = 512;
const MAX_TERMS = 32;
const MAX_MOST_TERMS = 8;
/** A word being typed is a prefix from this many characters. */
const MIN_PREFIX = 3;

const TOKEN = /[\p{L}\p{N}]+/gu;

const words = (text: string): string[] => text.toLowerCase().match(TOKEN) ?? [];

/**
 * Words that carry no meaning of their own in a described symptom ("when users log on after the
 * upgrade"): left out unless nothing else is left, so they never make "every word" miss.
 */
const STOPWORDS = new Set(
  (
    "a an and are as at be been but by can cannot could did do does doing for from had has have how i if in into is it " +
    "its me my of on once or our so some than that the their them then there these they this those to too up us " +
    "was we were what when where which while who why will with would you your user users after before during " +
    "about again also just only very get gets got getting"
  )
    .split(" ")
    .filter(Boolean),
);

/** One thing the query asks for: any of its spellings (each a phrase of tokens). */
interface Term {
  spellings: string[][];
  prefix: boolean;
  /** widened by the list, a STOP code or a service pack: not a word being typed */
  widened: boolean;
  /** a lone stopword, dropped unless nothing else is left */
  stop: boolean;
}

/**
 * Crude folding, for matching query words to the list only (FTS5's porter stemmer does the
 * matching in the index). Short words stay as they are: "ups" is not "up", "ras" not "ra".
 */
const fold = (token: string) => (token.length > 4 ? token.replace(/(?:ing|ed|es|s|e)$/, "") : token);
const foldAll = (tokens: string[]) => tokens.map(fold).join(" ");

const GROUPS = new Map<string, string[][]>();
for (const group of SYNONYM_GROUPS) {
  const spellings = group.map(words);
  for (const s of spellings) GROUPS.set(foldAll(s), spellings);
}
const LONGEST = Math.max(...[...GROUPS.keys()].map((k) => k.split(" ").length));

/** 0x0000001E, 0x1E and 1E are one STOP code: both spellings the KB uses. */
function stopCode(token: string, afterStop: boolean): string[][] | null {
  const m = /^0x([0-9a-f]{1,8})$/.exec(token) ?? (afterStop ? /^([0-9a-f]{1,3})$/.exec(token) : null);
  if (!m || (!token.startsWith("0x") && !/\d/.test(token))) return null;
  const short = m[1].replace(/^0+(?=.)/, "");
  return [[`0x${short.padStart(8, "0")}`], [`0x${short}`]];
}

const servicePack = (token: string): string[][] | null => {
  const m = /^sp(\d{1,2}a?)$/.exec(token);
  return m ? [[token], ["service", "pack", m[1]]] : null;
};

/** A bare word as the user wrote it: its tokens ("rassrv.exe" is two, kept as a phrase). */
interface Unit {
  tokens: string[];
}

/** The bare words as terms: list phrases first (longest match), then codes, packs, the words. */
function bareTerms(units: Unit[]): Term[] {
  const terms: Term[] = [];
  const push = (spellings: string[][], widened: boolean, stop = false) =>
    terms.push({ spellings, prefix: false, widened, stop });
  for (let i = 0; i < units.length; ) {
    let matched = 0;
    for (let n = Math.min(LONGEST, units.length - i); n >= 1 && !matched; n--) {
      const spellings = GROUPS.get(foldAll(units.slice(i, i + n).flatMap((u) => u.tokens)));
      if (spellings) {
        push(spellings, true);
        matched = n;
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    const { tokens } = units[i];
    const next = units[i + 1]?.tokens;
    const codeAfterStop = tokens.join(" ") === "stop" && next?.length === 1 ? stopCode(next[0], true) : null;
    if (codeAfterStop) {
      push(codeAfterStop, true);
      i += 2;
      continue;
    }
    const single = tokens.length === 1 ? tokens[0] : null;
    const special = single ? (stopCode(single, false) ?? servicePack(single)) : null;
    // "can't", "doesn't", "it's": the tokenizer splits off the "t" or "s"; negation and be-verbs carry nothing
    const contraction = tokens.length === 2 && /^(?:t|s|re|ll|ve|d)$/.test(tokens[1]);
    if (special) push(special, true);
    else push([tokens], false, contraction || (single !== null && STOPWORDS.has(single)));
    i++;
  }
  return terms;
}

/**
 * How an expression is written for each index: FTS5's MATCH, or PostgreSQL's to_tsquery (a
 * phrase's words joined by <->, "*" as ":*"). The tokens are letters and digits only, so neither
 * syntax can come in from the input.
 */
export type QuerySyntax = "fts5" | "tsquery";

export const SYNTAX = {
  fts5: { phrase: (t: string[]) => `"${t.join(" ")}"`, prefix: "*", and: " AND ", or: " OR " },
  tsquery: { phrase: (t: string[]) => t.join(" <-> "), prefix: ":*", and: " & ", or: " | " },
} as const;

function expression(term: Term, syntax: QuerySyntax): string {
  const { phrase, prefix, or } = SYNTAX[syntax];
  const alternatives = term.spellings.map((s) => phrase(s) + (term.prefix ? prefix : ""));
  return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(or)})`;
}

export interface FtsQuery {
  /** every term: counted, to say how many results have them all */
  all: string;
  /** any term: what is ranked (bm25 scores each term an article has) */
  any: string;
  /**
   * every term but one, any one: what the counts fall back to when no article has every word;
   * null below three terms (it would be `any`) and above eight (too many alternatives)
   */
  most: string | null;
  /** each term's own expression, in the query's order */
  terms: string[];
  /** how the expressions are written: joining them again takes its AND and OR */
  syntax: QuerySyntax;
  /**
   * the terms `any` ranks by, each with its rarity (bm25's idf), where they were counted
   * (lib/search/common-terms.ts): for an index whose ranking does not weigh a word by its rarity
   * (PostgreSQL's ts_rank); FTS5's bm25 does
   */
  rarity?: TermRarity[];
}

export interface TermRarity {
  term: string;
  idf: number;
}

/**
 * "RAS port unavail", typing → all `"ras" AND "port" AND "unavail"*` (the last bare word is a
 * prefix while it is being typed);
 * `"port status" rassrv.exe` → `"port status" AND "rassrv exe"`: quotes make a phrase, and so
 * does a word the tokenizer splits (a file name). "bsod" also matches "blue screen", "stop 1e"
 * matches 0x0000001E. Returns null when nothing searchable is left.
 */
export function toFtsQuery(
  input: string,
  { typing = false, syntax = "fts5" }: { typing?: boolean; syntax?: QuerySyntax } = {},
): FtsQuery | null {
  const text = input.slice(0, MAX_QUERY_LENGTH);
  const parts: ({ quoted: string[] } | Unit)[] = [];
  for (const m of text.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const tokens = words(m[1] ?? m[2] ?? "");
    if (tokens.length > 0) parts.push(m[1] !== undefined ? { quoted: tokens } : { tokens });
  }
  const terms: Term[] = [];
  for (let i = 0; i < parts.length; ) {
    const part = parts[i];
    if ("quoted" in part) {
      terms.push({ spellings: [part.quoted], prefix: false, widened: false, stop: false });
      i++;
      continue;
    }
    const run: Unit[] = [];
    while (i < parts.length && "tokens" in parts[i]) run.push(parts[i++] as Unit);
    terms.push(...bareTerms(run));
  }
  const meaningful = terms.filter((t) => !t.stop);
  const capped = (meaningful.length > 0 ? meaningful : terms).slice(0, MAX_TERMS);
  if (capped.length === 0) return null;
  // While the query is being typed, its last word is a prefix ("unavail"), unless it was quoted or
  // already widened, or is too short to say much ("th" would match nearly every article on each
  // keystroke). A word of several tokens (a file name, a version: "notepad.exe", "2.0") is matched
  // as typed: as a prefix its last piece ("exe"*, "0"*) takes in every term starting so, 300-800
  // ms at 60k articles. A submitted query is taken as written: a prefix of a common word ("add"*,
  // "file"*) costs up to 300 ms there, and tripled the p99 over 1,000 distinct queries.
  const last = terms[terms.length - 1];
  const lastWord = last.spellings[0];
  const prefix = typing && lastWord.length === 1 && lastWord[0].length >= MIN_PREFIX;
  if ("tokens" in parts[parts.length - 1] && capped[capped.length - 1] === last && !last.widened && prefix)
    last.prefix = true;
  const { and, or } = SYNTAX[syntax];
  const exprs = capped.map((term) => expression(term, syntax));
  const all = exprs.join(and);
  const most =
    exprs.length >= 3 && exprs.length <= MAX_MOST_TERMS
      ? exprs.map((_, skip) => `(${exprs.filter((_, i) => i !== skip).join(and)})`).join(or)
      : null;
  return { all, any: exprs.join(or), most, terms: exprs, syntax };
}
