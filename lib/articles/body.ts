import type { Section } from "../kb/types";

/** Sections as one markdown document: "## Heading" before each titled section. */
export function articleBody(sections: Section[]): string {
  return sections
    .map((s) => (s.heading ? `## ${s.heading}\n\n${s.body}`.trimEnd() : s.body.trimEnd()))
    .filter(Boolean)
    .join("\n\n");
}
