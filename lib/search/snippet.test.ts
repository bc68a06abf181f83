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
const filler = (n: number, word = "text") => Array.from({ length: n }, (_, i) => `${word}${i}`).join(" ");

describe("snippetOf", () => {
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

test("a phrase the cut splits is still closed, and a close without its open is dropped", () => {
  const phrase = `${O}Terminal Server${C}`;
  const text = `${filler(30)} ${phrase} Edition ${filler(16, "a")} ${O}Terminal Server${C} ${filler(30, "b")}`;
  const snippet = snippetOf(text);
  expect(snippet.split(O).length).toBe(snippet.split(C).length);
  expect(snippetOf(`x${C} ${mark("y")}`)).toBe(`x ${mark("y")}`);
});

test("the words that won the window are the words shown", () => {
  // alpha with beta just past the window shown from it, then alpha and beta close together
  const text = `${filler(10)} ${mark("alpha")} ${filler(20, "a")} ${mark("beta")} ${filler(40, "b")} ${mark("alpha")} c d ${mark("beta")} ${filler(30, "e")}`;
  const snippet = snippetOf(text);
  expect(snippet).toContain(mark("alpha"));
  expect(snippet).toContain(mark("beta"));
});

test("a run without spaces is cut, so a pasted blob cannot make the snippet long", () => {
  expect(snippetOf(`${"x".repeat(5000)} ${mark("ras")} ${"y".repeat(5000)}`).length).toBeLessThan(300);
});
