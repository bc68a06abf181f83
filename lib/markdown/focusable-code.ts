import type { Root } from "hast";
import { visit } from "unist-util-visit";

/**
 * Code blocks scroll sideways when a line is long; a keyboard user can scroll one only if it
 * can take the focus (WCAG 2.1.1, axe's scrollable-region-focusable).
 */
export function rehypeFocusableCode() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      if (node.tagName === "pre") node.properties.tabIndex = 0;
    });
  };
}
