// Format 3: the rendered kbarchive page. The article text sits HTML-escaped inside
// <pre class="highlight"><code>; the title is the page's <h2>.
import { decodeEntities, readKbarchiveLines } from "./kbarchive";
import { type RawArticle, splitLines } from "./raw";
import { ParseError } from "./txt";

/** The page's <h2> went through kramdown's smart typography; the article text did not. */
const plainTypography = (s: string) =>
  s
    .replace(/\u2026/g, "...")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2014/g, "--")
    .replace(/\u2013/g, "-");

/** A tag has no "<" inside: with [^>]* a page of stray "<" would rescan to its end from each one. */
const TAG = /<[^<>]*>/g;

export function readHtml(text: string): RawArticle {
  const h2 = /<h2[^>]*>(Q\d+:[\s\S]*?)<\/h2>/i.exec(text);
  const pre = /<pre[^>]*>\s*<code[^>]*>([\s\S]*?)<\/code>\s*<\/pre>/i.exec(text);
  if (!pre) throw new ParseError("missing <pre><code> article block");
  const title = h2 ? plainTypography(decodeEntities(h2[1].replace(TAG, ""))).trim() : "";
  const code = decodeEntities(pre[1].replace(TAG, ""));
  // Rebuild the kbarchive .md shape so one reader handles both.
  const lines = [`## ${title}`, "{% raw %}", ...splitLines(code), "{% endraw %}"];
  const codeLine = text.slice(0, pre.index).split("\n").length;
  return readKbarchiveLines(lines, (i) => (i < 2 ? 1 : codeLine + i - 2));
}
