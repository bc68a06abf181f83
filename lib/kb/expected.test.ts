// Field-by-field accuracy over the hand-checked set (TXT and, where marked, the .md twin).
import { existsSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { EXPECTED, type Expected } from "./__fixtures__/expected";
import { hasCorpus, kbarchivePath, txtPath } from "../corpus";
import { toParseRecord } from "./index";
import { parseArticleFile } from "./node";

const FIELDS = [
  "title",
  "product",
  "lastModified",
  "versions",
  "files",
  "fixedIn",
  "references",
  "hotfixAvailable",
] as const;

describe.skipIf(!hasCorpus)("hand-checked articles", () => {
  it("matches every labelled field (TXT and md twins)", () => {
    const score: Record<string, { ok: number; all: number }> = {};
    const misses: string[] = [];
    for (const e of EXPECTED) {
      const sources = [txtPath(e.id), ...(e.md && existsSync(kbarchivePath(e.id)) ? [kbarchivePath(e.id)] : [])];
      for (const src of sources) {
        const r = parseArticleFile(src);
        expect(r.ok, `${src}: ${r.ok ? "" : r.error}`).toBe(true);
        if (!r.ok) continue;
        const rec = toParseRecord(r.article) as Record<string, unknown>;
        expect(rec.id).toBe(e.id);
        for (const k of FIELDS) {
          const want = e[k as keyof Expected];
          if (want === undefined) continue;
          score[k] ??= { ok: 0, all: 0 };
          const s = score[k];
          s.all++;
          if (isDeepStrictEqual(rec[k], want)) s.ok++;
          else
            misses.push(
              `${e.id} ${src.endsWith(".md") ? "md" : "txt"} ${k}:\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(rec[k])}`,
            );
        }
      }
    }
    const report = Object.entries(score).map(
      ([k, s]) => `${k.padEnd(16)} ${s.ok}/${s.all} (${((100 * s.ok) / s.all).toFixed(1)}%)`,
    );
    console.log(`hand-checked set: ${EXPECTED.length} articles\n${report.join("\n")}`);
    expect(misses, misses.join("\n")).toEqual([]);
  });
});
