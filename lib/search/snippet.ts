import { escapeHtml } from "./html";

// Control characters cannot occur in article text, so they mark matches safely until escaping is done.
export const MATCH_OPEN = "\u0002";
export const MATCH_CLOSE = "\u0003";

/**
 * An FTS5 snippet of the markdown body as safe HTML for a reader: markdown markup (fences,
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
