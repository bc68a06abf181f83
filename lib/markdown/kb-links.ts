import type { Element, ElementContent, Root, Text } from "hast";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { citations } from "../kb/references";

/** What the page knows about the article it renders: its id, and which cited articles exist. */
export interface KbLinkOptions {
  self?: string;
  /** cited id → title, or null when that article is not in the database; absent: not known */
  known?: ReadonlyMap<string, string | null>;
}

declare module "vfile" {
  interface DataMap {
    kb: KbLinkOptions;
  }
}

export const articleHref = (kbId: string) => `/kb/${kbId}`;

function link(kbId: string, text: string, options: KbLinkOptions): Element {
  const missing = options.known?.has(kbId) === true && options.known.get(kbId) === null;
  const title = options.known?.get(kbId);
  return {
    type: "element",
    tagName: "a",
    properties: {
      href: articleHref(kbId),
      className: missing ? ["kb-ref", "kb-ref-missing"] : ["kb-ref"],
      title: missing ? `${kbId} is not in this knowledge base` : (title ?? undefined),
    },
    children: [{ type: "text", value: text }],
  };
}

/** A text node split around its citations: "see Q238171 for" → text, <a>, text. */
function linkText(node: Text, options: KbLinkOptions): ElementContent[] | null {
  const out: ElementContent[] = [];
  let at = 0;
  for (const c of citations(node.value)) {
    if (c.kbId === options.self) continue;
    if (c.index > at) out.push({ type: "text", value: node.value.slice(at, c.index) });
    out.push(link(c.kbId, node.value.slice(c.index, c.index + c.length), options));
    at = c.index + c.length;
  }
  if (out.length === 0) return null;
  if (at < node.value.length) out.push({ type: "text", value: node.value.slice(at) });
  return out;
}

const REFERENCE_LINE = /^\s*(?:ARTICLE-ID:\s*)?Q\d{5,6}\b/i;

/**
 * The KB's "click the article number below" lines, stored as an indented block
 * ("Q238171 RAS Port Becomes Unavailable in Windows NT 4.0"), as a list of references rather
 * than code.
 */
function referenceList(pre: Element): Element | null {
  const code = pre.children.length === 1 && pre.children[0].type === "element" ? pre.children[0] : null;
  if (code?.tagName !== "code" || code.children.some((c) => c.type !== "text")) return null;
  const lines = code.children
    .map((c) => (c as Text).value)
    .join("")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0 || !lines.every((l) => REFERENCE_LINE.test(l))) return null;
  return {
    type: "element",
    tagName: "ul",
    properties: { className: ["kb-reference-list"] },
    children: lines.map((line) => ({
      type: "element",
      tagName: "li",
      properties: {},
      children: [{ type: "text", value: line }],
    })),
  };
}

/**
 * Every citation in the body becomes a link to the article here ("Q238171", "article 238171",
 * support.microsoft.com's /kb/articles/Q238/1/71.asp), marked when the article is not in the
 * database; reference blocks become lists. Runs after the sanitizer: it only adds our own links.
 */
export function rehypeKbLinks() {
  return (tree: Root, file: VFile) => {
    const options = file.data.kb ?? {};
    visit(tree, (node, index, parent) => {
      if (node.type === "element" && node.tagName === "pre" && parent && index !== undefined) {
        const list = referenceList(node);
        if (!list) return;
        parent.children[index] = list;
        return index; // visit the list in its place, so its lines are linked
      }
      if (node.type === "element" && node.tagName === "a") {
        // an address of the old support site names the article: it opens here instead
        const cited = [...citations(String(node.properties.href ?? ""))][0];
        if (cited && /\.asp\b/i.test(String(node.properties.href)))
          Object.assign(node.properties, link(cited.kbId, "", options).properties);
        return SKIP; // nothing inside a link becomes another link
      }
      if (node.type !== "text" || !parent || index === undefined) return;
      const parts = linkText(node, options);
      if (!parts) return;
      (parent as Element).children.splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}
