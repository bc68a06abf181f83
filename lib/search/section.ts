import { slug } from "github-slugger";

const HEADING = /^#{2,3} +(.+?) *$/gm;

/**
 * The anchor of the section that a position in an article's markdown falls in, given the text
 * before it: the id rehype-slug gives that heading on the article page ("## Status" → "status").
 * null before the first heading.
 */
export function sectionOf(before: string): string | null {
  let last: string | null = null;
  for (const m of before.matchAll(HEADING)) last = m[1];
  return last === null ? null : slug(last);
}
