// The project's content/ format: lossless round trip, and errors that point at a line.
import { describe, expect, it } from "vitest";
import { hasCorpus } from "../corpus";
import { readCorpusTxt } from "./__fixtures__/corpus";
import { parseArticle, serializeArticle } from "./index";
import type { Article } from "./types";

const ARTICLE: Article = {
  id: "Q1",
  title: 'A "quoted" title: with # and *stars*',
  product: "winnt",
  lastModified: "2002-05-08",
  versions: ["4.0", "4.0 SP6a"],
  appliesTo: ["Microsoft Windows NT Server version 4.0"],
  editions: ["Server"],
  keywords: ["kbbug"],
  footer: {
    keywords: ["kbbug"],
    technology: [],
    version: null,
    hardware: ["x86"],
    issueType: "kbbug",
    solutionType: null,
  },
  sections: [
    { heading: "", body: "Preamble before any heading." },
    { heading: "Symptoms", body: "See Q123456 and \\*this\\*.\n\n```text\n## not a heading\n```" },
    { heading: "Empty", body: "" },
  ],
  files: [{ name: "Rdr.sys", size: 1234, platform: "x86", date: "1999-01-02", time: "01:15", version: "4.0.1381.1" }],
  fixedIn: [
    { release: "4.0", servicePack: "SP6a" },
    { release: null, servicePack: "latest" },
  ],
  hotfixAvailable: false,
  references: ["Q123456"],
};

describe("content format", () => {
  it("round-trips an article exactly, re-deriving references from the body", () => {
    const text = serializeArticle(ARTICLE);
    expect(text.startsWith("---\n")).toBe(true);
    expect(text).not.toContain("references");
    const r = parseArticle(text);
    expect(r).toEqual({ ok: true, article: ARTICLE });
  });

  it.skipIf(!hasCorpus)("round-trips corpus articles (TXT -> content -> Article)", () => {
    for (const id of ["Q244717", "Q173385", "Q194507", "Q189318", "Q181490"]) {
      const a = parseArticle(readCorpusTxt(id));
      expect(a.ok).toBe(true);
      if (!a.ok) continue;
      const text = serializeArticle(a.article);
      expect(parseArticle(text)).toEqual(a);
      expect(serializeArticle((parseArticle(text) as { article: Article }).article)).toBe(text);
    }
  });

  it("accepts CRLF content files", () => {
    const r = parseArticle(serializeArticle(ARTICLE).replace(/\n/g, "\r\n"));
    expect(r.ok).toBe(true);
  });

  it("reports bad YAML with its line", () => {
    const r = parseArticle("---\nid: Q1\ntitle: x\nversions: [unclosed\n---\n");
    expect(r.ok).toBe(false);
    expect(r).toHaveProperty("line");
  });

  it("reports a missing id or title", () => {
    const text = serializeArticle(ARTICLE);
    const noId = parseArticle(text.replace("id: Q1\n", ""));
    expect(noId).toMatchObject({ ok: false });
    expect(noId.ok || noId.error).toMatch(/id/);
    const noTitle = parseArticle(text.replace(/^title: .*\n/m, ""));
    expect(noTitle.ok || noTitle.error).toMatch(/title/);
  });

  it("refuses a front matter key the article does not have", () => {
    const r = parseArticle(serializeArticle(ARTICLE).replace("product: winnt\n", "product: winnt\nreferences: [Q2]\n"));
    expect(r.ok || r.error).toMatch(/references/);
  });

  it("reports a bad file row with the row's line", () => {
    const text = serializeArticle(ARTICLE).replace("size: 1234", 'size: "big"');
    const r = parseArticle(text);
    const line = text.split("\n").findIndex((l) => l.includes('size: "big"')) + 1;
    expect(r).toMatchObject({ ok: false, line });
    expect(r.ok || r.error).toMatch(/files\.0\.size/);
  });
});
