import { escapeHtml } from "./html";

// Control characters cannot occur in article text, so they mark matches safely until escaping is done.
export const MATCH_OPEN = "\u0002";
export const MATCH_CLOSE = "\u0003";

const SNIPPET_WORDS = 24;
/** words shown before the first match of the snippet */
const CONTEXT_WORDS = 4;
/** how many of the text's first matches are tried as the start of the snippet */
const STARTS_TRIED = 64;
/** a longer run without a space (a path, an admin's paste) is cut */
const MAX_WORD = 60;
/** the text split into words: from a little before the first match to a snippet past the last tried */
const SPAN = SNIPPET_WORDS * MAX_WORD;

/**
 * The snippet of a text whose matches FTS5's highlight() marked with MATCH_OPEN/MATCH_CLOSE:
 * the run of words holding the most distinct matched words (the earliest of equals) with a few
 * words of context before it, "…" where it cuts the text. FTS5's snippet() tokenized each long
 * fix list once more (10-25 ms for a page of them at 60k articles), and highlight() is read
 * anyway for the section of the first match.
 */
export function snippetOf(highlighted: string): string {
  const first = highlighted.indexOf(MATCH_OPEN);
  let last = first;
  for (let k = 1, at = first; k < STARTS_TRIED && at >= 0; k++) {
    at = highlighted.indexOf(MATCH_OPEN, at + 1);
    if (at >= 0) last = at;
  }
  const start = Math.max(0, first - SPAN);
  const end = Math.max(last, 0) + SPAN;
  const words = highlighted.slice(start, end).split(/\s+/).filter(Boolean);
  if (start > 0) words.shift(); // cut in the middle
  const matched = words.map((w) => (w.includes(MATCH_OPEN) ? w.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase() : null));
  let best = 0;
  let bestScore = 0;
  for (let at = 0, tried = 0; at < words.length && tried < STARTS_TRIED; at++) {
    if (!matched[at]) continue;
    tried++;
    const score = new Set(matched.slice(at, at + SNIPPET_WORDS - CONTEXT_WORDS).filter(Boolean)).size;
    if (score > bestScore) [best, bestScore] = [at, score];
  }
  const from = Math.max(0, best - CONTEXT_WORDS);
  const to = Math.min(words.length, from + SNIPPET_WORDS);
  const shown = words.slice(from, to).map((w) => (w.length > MAX_WORD ? `${w.slice(0, MAX_WORD)}…` : w));
  const before = from > 0 || start > 0 ? "… " : "";
  const after = to < words.length || end < highlighted.trimEnd().length ? " …" : "";
  return before + balanced(shown.join(" ")) + after;
}

/**
 * Every mark closed: highlight() marks a phrase ("Terminal Server") as one, which a cut can
 * split, and a long word's cut can drop a close.
 */
function balanced(text: string): string {
  let open = false;
  let out = "";
  for (const ch of text) {
    if (ch === MATCH_OPEN) {
      if (open) continue;
      open = true;
    } else if (ch === MATCH_CLOSE) {
      if (!open) continue;
      open = false;
    }
    out += ch;
  }
  return open ? out + MATCH_CLOSE : out;
}

/**
 * The text up to the end of the line of its first match, markers removed (lib/search/section.ts
 * reads the section from it), or null when the text has no match.
 */
export function upToFirstMatchLine(highlighted: string): string | null {
  const at = highlighted.indexOf(MATCH_OPEN);
  if (at < 0) return null;
  const lineEnd = highlighted.indexOf("\n", at);
  return (lineEnd < 0 ? highlighted : highlighted.slice(0, lineEnd))
    .replaceAll(MATCH_OPEN, "")
    .replaceAll(MATCH_CLOSE, "");
}

/**
 * A snippet (snippetOf) of the markdown body as safe HTML for a reader: markdown markup (fences,
 * heading marks, emphasis, escapes) dropped, the text escaped, matches in <mark>.
 */
export function snippetHtml(snippet: string): string {
  const text = snippet
    .replace(/```\w*/g, " ")
    .replace(/(^|\s)#{2,6}\s/g, "$1")
    .replace(/\*\*|__/g, "")
    .replace(/\\([\\`*_{}[\]()#+\-.!<>~|&])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
  return escapeHtml(text).replaceAll(MATCH_OPEN, "<mark>").replaceAll(MATCH_CLOSE, "</mark>");
}
