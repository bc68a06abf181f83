import { describe, expect, test } from "vitest";
import { MATCH_CLOSE as C, MATCH_OPEN as O, snippetHtml, snippetOf, upToFirstMatchLine } from "./snippet";

test("drops markdown markup and marks the matches", () => {
  expect(snippetHtml(`## Symptoms Some ${O}RAS${C} ports \`\`\`text C:\\> net use \`\`\` **bold**`)).toBe(
    "Symptoms Some <mark>RAS</mark> ports C:&gt; net use bold",
  );
});

test("article text cannot inject HTML", () => {
  const html = snippetHtml(`<script>alert(1)</script> ${O}x${C} <img src=x onerror=alert(1)>`);
  expect(html).not.toMatch(/<script|<img/);
  expect(html).toContain("&lt;script&gt;");
  expect(html).toContain("<mark>x</mark>");
});

const mark = (w: string) => `${O}${w}${C}`;

describe("snippetOf", () => {
  const filler = (n: number, word = "text") => Array.from({ length: n }, (_, i) => `${word}${i}`).join(" ");

  test("a short text is the snippet, uncut", () => {
    expect(snippetOf(`The ${mark("RAS")} port stops`)).toBe(`The ${mark("RAS")} port stops`);
  });

  test("takes the words holding the most distinct matches, with a little context, cut with …", () => {
    const text = `${filler(40)} ${mark("ras")} ${filler(40, "a")} ${mark("ras")} port ${mark("hangs")} up ${filler(40, "b")}`;
    const snippet = snippetOf(text);
    expect(snippet.startsWith(`… a36 a37 a38 a39 ${mark("ras")} port ${mark("hangs")} up b0 `)).toBe(true);
    expect(snippet.endsWith(" …")).toBe(true);
    expect(snippet.split(" ").length).toBe(24 + 2);
  });

  test("a text without a match gives its start", () => {
    expect(snippetOf(filler(100))).toBe(`${filler(24)} …`);
  });
});

test("upToFirstMatchLine: the text to the end of the first match's line, unmarked", () => {
  expect(upToFirstMatchLine(`## Symptoms\nnone\n## Status\nFixed in ${mark("SP4")} today\nmore ${mark("SP4")}`)).toBe(
    "## Symptoms\nnone\n## Status\nFixed in SP4 today",
  );
  expect(upToFirstMatchLine("no match here")).toBeNull();
});
