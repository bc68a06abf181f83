// The parser never throws: garbage, truncation, mutation, huge lines, CRLF.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS, corpusFolder, hasCorpus } from "../corpus";
import { readCorpusTxt } from "./__fixtures__/corpus";
import { detectFormat, parseArticle } from "./index";

/** Small deterministic PRNG so failures reproduce. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const SAMPLE = hasCorpus
  ? readCorpusTxt("Q244717")
  : "DOCUMENT:Q1  01-JAN-2000  [winnt]\nTITLE   :T\nPRODUCT :P\nPROD/VER:\nOPER/SYS:\nKEYWORDS:\n\nSYMPTOMS\n========\n\nx\n";

function expectNoThrow(text: string) {
  let r: ReturnType<typeof parseArticle> | undefined;
  expect(() => {
    r = parseArticle(text);
  }).not.toThrow();
  expect(r).toHaveProperty("ok");
  return r!;
}

describe("robustness", () => {
  it("handles empty and whitespace input", () => {
    for (const t of ["", " ", "\n\n", "\r\n", "---", "---\n---\n"]) {
      const r = expectNoThrow(t);
      expect(r.ok).toBe(false);
    }
  });

  it("handles random bytes", () => {
    const rand = rng(1);
    for (let n = 0; n < 200; n++) {
      const len = Math.floor(rand() * 4000);
      let s = "";
      for (let i = 0; i < len; i++) s += String.fromCharCode(Math.floor(rand() * 256));
      expectNoThrow(s);
      expectNoThrow(`DOCUMENT:Q1 ${s}`);
      expectNoThrow(`---\n${s}`);
    }
  });

  it("handles truncated articles at every 97th offset", () => {
    for (let i = 0; i < SAMPLE.length; i += 97) expectNoThrow(SAMPLE.slice(0, i));
  });

  it("handles shuffled and deleted lines", () => {
    const rand = rng(7);
    const lines = SAMPLE.split("\n");
    for (let n = 0; n < 300; n++) {
      const copy = lines.filter(() => rand() > 0.2);
      for (let i = copy.length - 1; i > 0; i--) {
        if (rand() < 0.3) {
          const j = Math.floor(rand() * (i + 1));
          [copy[i], copy[j]] = [copy[j], copy[i]];
        }
      }
      expectNoThrow(copy.join(rand() < 0.5 ? "\n" : "\r\n"));
    }
  });

  it("handles a 1 MB line quickly", () => {
    const big = "9/9/99 ".repeat(150_000) + "x".repeat(1_000_000);
    const t0 = performance.now();
    expectNoThrow(SAMPLE.replace("SYMPTOMS", `${big}\nSYMPTOMS`));
    expectNoThrow(big);
    expectNoThrow(`| ${"a | ".repeat(250_000)}`);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  // Found by the reliability fuzz: with the rule under "applies to" broken, the applies-to block
  // ran to the end of the body and was re-joined line by line, minutes for 20,000 lines.
  it.skipIf(!hasCorpus)("handles an applies-to block with no closing rule and 20,000 lines", () => {
    const lines = SAMPLE.split("\n");
    const at = lines.findIndex((l) => l.includes("applies to"));
    const broken = [
      ...lines.slice(0, at + 1),
      ...Array(20_000).fill("   Microsoft Windows NT Server version 4.0, continued"),
      ...lines.slice(at + 1),
    ]
      .join("\n")
      .replace(/^\s*-{10,}\s*$/gm, "- - - -");
    const t0 = performance.now();
    const r = expectNoThrow(broken);
    expect(r.ok).toBe(true);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  // Also found by the fuzz: patterns that rescanned a 1 MB line from each of thousands of starts.
  it.skipIf(!hasCorpus)("handles a rendered page with 20,000 stray '<' before a 1 MB line", () => {
    const page = readFileSync(join(CORPUS, "docs", "kb", corpusFolder("Q137553"), "Q137553", "index.html"), "utf8");
    const broken = page.replace("</code></pre>", `${"a <".repeat(20_000)}${"x".repeat(1_000_000)}</code></pre>`);
    const t0 = performance.now();
    expect(expectNoThrow(broken).ok).toBe(true);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("handles 20,000 blank lines before a 1 MB line that starts a table", () => {
    // no date in the body, so the table test gets as far as its "|" pattern
    const header = "DOCUMENT:Q1  01-JAN-2000  [winnt]\nTITLE   :T\nPRODUCT :P\nPROD/VER:\nOPER/SYS:\nKEYWORDS:\n\n";
    const broken = `${header}SYMPTOMS\n========\n${"\n".repeat(20_000)}| ${"x".repeat(1_000_000)}\n`;
    const t0 = performance.now();
    expectNoThrow(broken);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("reports a missing DOCUMENT id or title with its line", () => {
    const r1 = parseArticle("DOCUMENT:  01-JAN-2000  [winnt]\nTITLE   :x\n");
    expect(r1).toMatchObject({ ok: false, line: 1 });
    const r2 = parseArticle("DOCUMENT:Q123  01-JAN-2000  [winnt]\nTITLE   :\n");
    expect(r2).toMatchObject({ ok: false, line: 2 });
    const r3 = parseArticle("---\nlayout: page\n---\n\n## Q1: x\n\n{% raw %}\n\tProduct(s): x\n{% endraw %}\n");
    expect(r3.ok).toBe(false);
  });

  it("accepts CRLF exactly like LF", () => {
    const lf = parseArticle(SAMPLE);
    const crlf = parseArticle(SAMPLE.replace(/\n/g, "\r\n"));
    expect(crlf).toEqual(lf);
  });

  it("detects formats", () => {
    expect(detectFormat(SAMPLE)).toBe("txt");
    expect(detectFormat("---\nlayout: page\n---\n{% raw %}")).toBe("kbarchive");
    expect(detectFormat("---\nid: Q1\n---\n")).toBe("content");
    expect(detectFormat('<html><pre class="highlight"><code>')).toBe("html");
    expect(detectFormat("hello")).toBeNull();
  });
});
