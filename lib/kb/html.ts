// Format 3: the rendered kbarchive page. The article text sits HTML-escaped inside
// <pre class="highlight"><code>; the title is the page's <h2>.
import { decodeEntities, readKbarchiveLines } from "./kbarchive";
import { type RawArticle, splitLines } from "./raw";
import { ParseError } from "./txt";

export function readHtml(text: string): RawArticle {
  const h2 = /<h2[^>]*>(Q\d+:[\s\S]*?)<\/h2>/i.exec(text);
  const pre = /<pre[^>]*>\s*<code[^>]*>([\s\S]*?)<\/code>\s*<\/pre>/i.exec(text);
  if (!pre) throw new ParseError("missing <pre><code> article block");
  const title = h2 ? decodeEntities(h2[1].replace(/<[^>]*>/g, "")).trim() : "";
  const code = decodeEntities(pre[1].replace(/<[^>]*>/g, ""));
  // Rebuild the kbarchive .md shape so one reader handles both.
  const lines = [`## ${title}`, "{% raw %}", ...splitLines(code), "{% endraw %}"];
  const codeLine = text.slice(0, pre.index).split("\n").length;
  return readKbarchiveLines(lines, (i) => (i < 2 ? 1 : codeLine + i - 2));
}
