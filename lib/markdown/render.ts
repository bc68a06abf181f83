import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { VFile } from "vfile";
import { remarkDropEmptySections } from "./empty-sections";
import { rehypeFocusableCode } from "./focusable-code";
import { type KbLinkOptions, rehypeKbLinks } from "./kb-links";

// Sanitize first (GitHub's schema: no scripts, handlers, javascript: URLs or raw SVG),
// then add our own trusted article links, heading ids and anchors, which the sanitizer would
// prefix, and make code blocks focusable.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkDropEmptySections)
  .use(remarkRehype)
  .use(rehypeSanitize, defaultSchema)
  .use(rehypeKbLinks)
  .use(rehypeFocusableCode)
  .use(rehypeSlug)
  .use(rehypeAutolinkHeadings, {
    behavior: "append",
    properties: { className: ["heading-anchor"], ariaLabel: "Link to this section" },
    content: { type: "text", value: "#" },
  })
  .use(rehypeStringify)
  .freeze();

/**
 * Markdown to safe HTML: the one renderer behind the public page and the admin preview.
 * `kb` names the article and the cited articles that exist, so citations link and the
 * missing ones are marked.
 */
export function renderMarkdown(markdown: string, kb: KbLinkOptions = {}): string {
  return String(processor.processSync(new VFile({ value: markdown, data: { kb } })));
}
