import GithubSlugger from "github-slugger";

const FENCE = /^(?:```|~~~)/;
const HEADING = /^#{1,6} +(.+?)(?: +#+)? *$/;

/**
 * The anchor of the section a match falls in, from the article's markdown up to the end of the
 * match's line: the id rehype-slug gives that heading on the page ("## Status" → "status", a
 * second "## Status" → "status-1"). Headings inside code fences are text. null before the first.
 */
export function sectionOf(upToMatchLine: string): string | null {
  const slugs = new GithubSlugger();
  let last: string | null = null;
  let fenced = false;
  for (const line of upToMatchLine.split("\n")) {
    if (FENCE.test(line)) fenced = !fenced;
    const heading = fenced ? null : HEADING.exec(line);
    if (heading) last = slugs.slug(heading[1]);
  }
  return last;
}
