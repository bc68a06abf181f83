// Cross-references to other KB articles: "Q238171", "Q 238171", "ARTICLE-ID: Q238171",
// "KB article 306460", "article number 238171", and support.microsoft.com URLs
// ".../kb/articles/Q151/8/60.asp" (Q151860).
import type { Section } from "./types";

const REF = /\bQ ?(\d{5,6})\b|\barticles? (?:number |ID:? )?(\d{5,6})\b|\/articles\/Q(\d{3})\/(\d)\/(\d{2})\b/gi;

/** Each citation in a text: where it is, and the article it names ("Q238171"). */
export function* citations(text: string): Generator<{ index: number; length: number; kbId: string }> {
  for (const m of text.matchAll(REF))
    yield { index: m.index, length: m[0].length, kbId: `Q${m[1] ?? m[2] ?? m[3] + m[4] + m[5]}` };
}

/**
 * The articles cited by these sections: sorted, unique, not the article itself. Read from the
 * sections as stored, so the parser, the content format and an admin save derive the same list.
 */
export function extractReferences(sections: Section[], self: string): string[] {
  const text = sections.map((s) => `${s.heading}\n${s.body}`).join("\n\n");
  const found = new Set<string>();
  for (const { kbId } of citations(text)) if (kbId !== self) found.add(kbId);
  return [...found].sort();
}
