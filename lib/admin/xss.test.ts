import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../markdown/render";

// The admin preview and the public page both render with renderMarkdown: an editor's
// (or a stolen account's) markdown must not run script in a reader's browser.
const payloads = [
  "<script>alert(1)</script>",
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  '<img src="x" onerror="alert(1)">',
  '<a href="#" onclick="alert(1)">x</a>',
  '<svg onload="alert(1)"><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  "![x](javascript:alert(1))",
  '<div style="background:url(javascript:alert(1))">x</div>',
];

describe("markdown XSS payloads render inert", () => {
  for (const payload of payloads) {
    it(payload, () => {
      const html = renderMarkdown(`Text\n\n${payload}\n`);
      expect(html).not.toMatch(/<script|<svg|<iframe|javascript:|\son\w+=|style=/i);
    });
  }
});
