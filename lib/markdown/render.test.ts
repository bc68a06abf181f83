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

describe("citations and reference lines", () => {
  const known = new Map<string, string | null>([
    ["Q238171", "RAS Port Becomes Unavailable in Windows NT 4.0"],
    ["Q111111", null],
  ]);

  test("every form of a citation links to the article here, and a missing one is marked", () => {
    const html = renderMarkdown(
      "See Q238171, article 111111 and http://support.microsoft.com/support/kb/articles/Q238/1/71.asp. Q244717 is this one.",
      { self: "Q244717", known },
    );
    expect(html).toContain(
      '<a href="/kb/Q238171" class="kb-ref" title="RAS Port Becomes Unavailable in Windows NT 4.0">Q238171</a>',
    );
    expect(html).toContain(
      '<a href="/kb/Q111111" class="kb-ref kb-ref-missing" title="Q111111 is not in this knowledge base">article 111111</a>',
    );
    expect(html).toMatch(/<a href="\/kb\/Q238171" class="kb-ref"[^>]*>http:\/\/support\.microsoft\.com/);
    expect(html).not.toContain('href="/kb/Q244717"');
  });

  test("an indented reference block is a list of links, not code; other code keeps its citations linked", () => {
    const html = renderMarkdown(
      "For more information:\n\n```text\nQ238171 RAS Port Becomes Unavailable in Windows NT 4.0\n```\n\n```text\nC:\\> qfecheck /v Q238171\n```\n",
      { known },
    );
    expect(html).toContain(
      '<ul class="kb-reference-list"><li><a href="/kb/Q238171" class="kb-ref" title="RAS Port Becomes Unavailable in Windows NT 4.0">Q238171</a> RAS Port Becomes Unavailable in Windows NT 4.0</li></ul>',
    );
    expect(html).toMatch(/<pre tabindex="0"><code class="language-text">C:\\> qfecheck \/v <a href="\/kb\/Q238171"/);
  });

  test("a citation inside an editor's own link is left alone, and links cannot be injected through it", () => {
    const html = renderMarkdown(
      '[read Q238171](https://example.com) [**Q238171**](https://example.org) <a href="javascript:alert(1)">Q238171</a>',
    );
    expect(html).toContain('<a href="https://example.com">read Q238171</a>');
    expect(html).toContain('<a href="https://example.org"><strong>Q238171</strong></a>');
    expect(html).not.toMatch(/javascript:/);
  });
});

describe("empty sections", () => {
  test("'Additional query words:' with nothing after it, and headings left without content, are not shown", () => {
    const html = renderMarkdown(
      "## Symptoms\n\nIt stops.\n\n## Workaround\n\n## More Information\n\nSee below.\n\nAdditional query words:\n\n## Keywords\n\nAdditional query words:\n",
    );
    expect(html).toContain('<h2 id="symptoms">');
    expect(html).toContain('<h2 id="more-information">');
    expect(html).not.toMatch(/Workaround|Additional query words|id="keywords"/);
    expect(renderMarkdown("Additional query words: ras port")).toContain("Additional query words: ras port");
  });
});
