// How much of the real corpus the version normalizer understands. Needs the corpus
// (lib/corpus.ts); skipped without it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasCorpus, TXT_DIR } from "../corpus";
import { parseAppliesToLine } from "./applies-to";
import { normalizeArticleVersions } from "./article-versions";
import { parseProdVer } from "./prod-ver";

describe.skipIf(!hasCorpus)("normalizer coverage on the corpus", () => {
  it("understands most PROD/VER tokens and almost all NT applies-to lines", () => {
    let articles = 0,
      withTargets = 0,
      refs = 0,
      unknown = 0,
      ntLines = 0,
      lineUnknown = 0;
    for (const dir of readdirSync(TXT_DIR)) {
      for (const name of readdirSync(join(TXT_DIR, dir))) {
        const text = readFileSync(join(TXT_DIR, dir, name), "latin1").replace(/\r/g, "");
        const prodVer = /^PROD\/VER:(.*)$/m.exec(text)?.[1] ?? "";
        const box = /applies to:\s*\n([\s\S]*?)\n-{10,}/.exec(text)?.[1] ?? "";
        const appliesTo = box
          .split("\n")
          .map((l) => l.replace(/^\s*-\s*/, "").trim())
          .filter(Boolean);
        const versions = prodVer ? [prodVer] : [];
        const parsed = parseProdVer(versions);
        const lines = appliesTo.map(parseAppliesToLine).filter((l) => l !== null);
        articles++;
        refs += parsed.refs.length;
        unknown += parsed.unknown.length;
        ntLines += lines.length;
        lineUnknown += lines.reduce((n, l) => n + l.unknown.length, 0);
        if (normalizeArticleVersions({ versions, appliesTo }).targets.length) withTargets++;
      }
    }
    const share = refs / (refs + unknown);
    console.info(
      `coverage: ${articles} articles, ${withTargets} with an NT target; PROD/VER ${refs} understood, ${unknown} unknown ` +
        `(${(share * 100).toFixed(1)}%); ${ntLines} NT applies-to lines, ${lineUnknown} unknown tokens in them`,
    );
    expect(share).toBeGreaterThan(0.9);
    expect(withTargets / articles).toBeGreaterThan(0.94);
    expect(lineUnknown).toBeLessThan(20);
  });
});
