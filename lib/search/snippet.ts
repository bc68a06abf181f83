import { escapeHtml } from "./html";

// Control characters cannot occur in article text, so they mark matches safely until escaping is done.
export const MATCH_OPEN = "\u0002";
export const MATCH_CLOSE = "\u0003";

const SNIPPET_WORDS = 24;
/** how many of the text's first matches are tried as the start of the snippet */
const STARTS_TRIED = 64;

/**
 * The snippet of a text whose matches FTS5's highlight() marked with MATCH_OPEN/MATCH_CLOSE:
 * the run of SNIPPET_WORDS words holding the most distinct matched words (the earliest of
 * equals), a few words of context before it, "…" where it cuts the text. FTS5's snippet()
 * tokenized each long fix list once more (10-25 ms for a page of them at 60k articles), and
 * highlight() is read anyway for the section of the first match.
 */
export function snippetOf(highlighted: string): string {
  // only the text as far as the last start tried (and a snippet past it) is split into words
  let last = 0;
  for (let k = 0, at = -1; k < STARTS_TRIED; k++) {
    at = highlighted.indexOf(MATCH_OPEN, at + 1);
    if (at < 0) break;
    last = at;
  }
  const head = highlighted.slice(0, last + SNIPPET_WORDS * 80);
  const words = head.split(/\s+/).filter(Boolean);
  const matched = words.map((w) => (w.includes(MATCH_OPEN) ? w.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase() : null));
  let best = 0;
  let bestScore = 0;
  for (let start = 0, tried = 0; start < words.length && tried < STARTS_TRIED; start++) {
    if (!matched[start]) continue;
    tried++;
    const score = new Set(matched.slice(start, start + SNIPPET_WORDS).filter(Boolean)).size;
    if (score > bestScore) [best, bestScore] = [start, score];
  }
  const from = Math.max(0, best - 4);
  const to = Math.min(words.length, from + SNIPPET_WORDS);
  const cut = to < words.length || head.length < highlighted.trimEnd().length;
  return `${from > 0 ? "… " : ""}${words.slice(from, to).join(" ")}${cut ? " …" : ""}`;
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
