import type { Root } from "mdast";
import { toString as textOf } from "mdast-util-to-string";

/** A label the KB prints even when nothing follows it: "Additional query words:". */
const EMPTY_LABEL = /^(?:additional query words|additional reference words|keywords)\s*:?\s*$/i;

/**
 * Drops what reads as noise on the page: labels with nothing after them, then headings whose
 * section has no content left. The stored article is not changed; this is display only.
 */
export function remarkDropEmptySections() {
  return (tree: Root) => {
    const kept = tree.children.filter((n) => !(n.type === "paragraph" && EMPTY_LABEL.test(textOf(n).trim())));
    tree.children = kept.filter((node, i) => {
      if (node.type !== "heading") return true;
      const end = kept.findIndex((n, j) => j > i && n.type === "heading" && n.depth <= node.depth);
      // kept when its section holds anything but (empty) sub-headings
      return kept.slice(i + 1, end < 0 ? undefined : end).some((n) => n.type !== "heading");
    });
  };
}
