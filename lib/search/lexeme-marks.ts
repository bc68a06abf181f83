import { MATCH_CLOSE, MATCH_OPEN } from "./snippet";

/**
 * Marking a text's matches of a PostgreSQL tsquery, as FTS5's highlight() marks them: each
 * word whose stem is one of the query's lexemes, and a phrase ("rassrv.exe" is `'rassrv' <-> 'ex'`)
 * only where its words follow each other, as one mark. ts_headline() did it in the database, but
 * parses each whole text again (5 ms for a 45 KB fix list) and with PostgreSQL's own parser,
 * which keeps "rassrv.exe" and "4.0" whole where the index (kb_words()) splits them: they were
 * never marked. The words are split here as kb_words() splits them; the database stems them.
 */

export interface Lexeme {
  lexeme: string;
  /** `:*`, a prefix typed */
  prefix: boolean;
}

/** A word, or a phrase of words that must follow each other. */
export type LexemeRun = Lexeme[];

const TOKEN = /'((?:[^']|'')*)'(:\*)?(?::[A-D]+)?|<->|<\d+>|[()|&!]/g;
/** a gap between two words holds no letter or digit */
const GAP = /^[^\p{L}\p{N}]*$/u;

/**
 * The words and phrases of a tsquery as PostgreSQL prints it (`'psxss' <-> 'ex' | 'prin':*`).
 * A phrase written over a group (`( 'a' | 'b' ) <-> 'c'`) counts as its words, each on its own.
 */
export function lexemeRuns(tsquery: string): LexemeRun[] {
  const runs: LexemeRun[] = [];
  let run: LexemeRun = [];
  let joined = false; // the last token was <-> right after a word
  let afterWord = false;
  const close = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const [token, quoted, prefix] of tsquery.matchAll(TOKEN)) {
    if (quoted !== undefined) {
      const lexeme = { lexeme: quoted.replaceAll("''", "'"), prefix: prefix !== undefined };
      if (!joined) close();
      run.push(lexeme);
      joined = false;
      afterWord = true;
    } else if (token === "<->" && afterWord) {
      joined = true;
      afterWord = false;
    } else {
      if (joined) close();
      joined = false;
      afterWord = false;
    }
  }
  close();
  // the same run twice (a synonym list repeats a word) is looked for once
  const seen = new Set<string>();
  return runs.filter((r) => {
    const key = JSON.stringify(r);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** A word of the text that may stem to one of the lexemes: lower case, where it is. */
export interface Candidate {
  word: string;
  start: number;
  end: number;
}

/**
 * The text's words (runs of letters and digits, as kb_words() splits them) that may stem to one
 * of the lexemes, in order: Porter's stem of a word begins with the word's first two letters (it
 * cuts endings, and turns a final y into i), so only those are looked at, and sent to the
 * database to stem. One regular expression finds them: a fix list is 50 KB of words.
 */
export function candidateWords(text: string, runs: LexemeRun[]): Candidate[] {
  const starts = [...new Set(runs.flat().map((l) => l.lexeme.slice(0, 2).replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")))];
  if (starts.length === 0) return [];
  const word = new RegExp(`(?<![\\p{L}\\p{N}])(?:${starts.join("|")})[\\p{L}\\p{N}]*`, "giu");
  return [...text.matchAll(word)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const matches = (stem: string | undefined, l: Lexeme) =>
  stem !== undefined && (l.prefix ? stem.startsWith(l.lexeme) : stem === l.lexeme);

/**
 * The text with every match marked (MATCH_OPEN/MATCH_CLOSE): each run's matches, and matches that
 * overlap ("service pack" and "pack 4" in "Service Pack 4") as one mark, as highlight() merges
 * them. `words` are the text's candidateWords(), `stemOf` gives the stem of each.
 */
export function markLexemes(
  text: string,
  runs: LexemeRun[],
  words: Candidate[],
  stemOf: (word: string) => string | undefined,
): string {
  const stems = words.map((w) => stemOf(w.word));
  // a phrase's words follow each other in the text, nothing but spaces and punctuation between
  const next = words.map((w, i) => i + 1 < words.length && GAP.test(text.slice(w.end, words[i + 1].start)));
  const at = (i: number, run: LexemeRun) =>
    run.every((l, k) => i + k < words.length && (k === 0 || next[i + k - 1]) && matches(stems[i + k], l));
  const ranges: [number, number][] = [];
  for (let i = 0; i < words.length; i++)
    for (const run of runs) if (at(i, run)) ranges.push([words[i].start, words[i + run.length - 1].end]);
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = "";
  let copied = 0;
  let open: [number, number] | null = null;
  const emit = () => {
    if (!open) return;
    out += text.slice(copied, open[0]) + MATCH_OPEN + text.slice(open[0], open[1]) + MATCH_CLOSE;
    copied = open[1];
  };
  for (const [start, end] of ranges) {
    if (open && start < open[1]) open[1] = Math.max(open[1], end);
    else {
      emit();
      open = [start, end];
    }
  }
  emit();
  return out + text.slice(copied);
}
