import { describe, expect, test } from "vitest";
import { renderMarkdown } from "./render";

describe("renderMarkdown", () => {
  test("renders headings with anchors, lists and code", () => {
    const html = renderMarkdown("## More Information\n\n1. one\n2. two\n\n```text\nC:\\> dir\n```\n");
    expect(html).toContain('<h2 id="more-information">');
    expect(html).toContain('href="#more-information"');
    expect(html).toMatch(/<ol>\s*<li>one<\/li>/);
    expect(html).toContain('<code class="language-text">C:\\> dir');
  });

  test("code blocks take the keyboard focus, so a long line can be scrolled without a mouse", () => {
    expect(renderMarkdown("    RASSRV.EXE 4.0.1381.186 123,664 bytes\n")).toMatch(/^<pre tabindex="0"><code>RASSRV/);
    expect(renderMarkdown('<pre tabindex="-1" onfocus="alert(1)">x</pre>')).not.toMatch(/onfocus|tabindex="-1"/);
  });

  test.each([
    ["script tag", "<script>alert(1)</script>", /<script/i],
    ["javascript link", "[x](javascript:alert(1))", /javascript:/i],
    ["event handler", '<img src="x" onerror="alert(1)">', /onerror/i],
    ["svg", '<svg onload="alert(1)"><circle/></svg>', /<svg|onload/i],
    ["iframe", '<iframe src="https://example.com"></iframe>', /<iframe/i],
    ["style attribute", '<p style="background:url(javascript:alert(1))">x</p>', /style=|javascript:/i],
  ])("neutralizes %s", (_name, input, forbidden) => {
    expect(renderMarkdown(input)).not.toMatch(forbidden);
  });
});
