// Turns whatever a user types into a safe FTS5 MATCH expression. Every token is quoted,
// so FTS5 syntax in the input (AND, NEAR, *, parentheses, column filters) is plain text.

/** Longest input we look at: 10 KB of pasted text is cut, never an error. */
export const MAX_QUERY_LENGTH = 512;
const MAX_TERMS = 32;

const TOKEN = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

function phrase(tokens: string[]): string {
  return `"${tokens.join(" ")}"`;
}

export interface FtsQuery {
  /** all terms required */
  all: string;
  /** any term: the fallback when nothing has every term */
  any: string;
}

/**
 * "RAS port unavail" → `"ras" "port" "unavail"*` (the last bare word is a prefix);
 * `"port status" rassrv.exe` → `"port status" "rassrv exe"*`: quotes make a phrase, and so does
 * a word the tokenizer splits (a file name). Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): FtsQuery | null {
  const text = input.slice(0, MAX_QUERY_LENGTH);
  const terms: string[] = [];
  let lastIsBare = false;
  const pattern = /"([^"]*)"?|(\S+)/g;
  for (const m of text.matchAll(pattern)) {
    const tokens = words(m[1] ?? m[2] ?? "");
    if (tokens.length === 0) continue;
    terms.push(phrase(tokens));
    lastIsBare = m[2] !== undefined;
    if (terms.length === MAX_TERMS) break;
  }
  if (terms.length === 0) return null;
  if (lastIsBare) terms[terms.length - 1] += "*";
  return { all: terms.join(" "), any: terms.join(" OR ") };
}
