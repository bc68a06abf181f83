import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { rehypeFocusableCode } from "./focusable-code";

// Sanitize first (GitHub's schema: no scripts, handlers, javascript: URLs or raw SVG),
// then add our own trusted heading ids and anchors, which the sanitizer would prefix, and
// make code blocks focusable.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, defaultSchema)
  .use(rehypeFocusableCode)
  .use(rehypeSlug)
  .use(rehypeAutolinkHeadings, {
    behavior: "append",
    properties: { className: ["heading-anchor"], ariaLabel: "Link to this section" },
    content: { type: "text", value: "#" },
  })
  .use(rehypeStringify)
  .freeze();

/** Markdown to safe HTML: the one renderer behind the public page and the admin preview. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
