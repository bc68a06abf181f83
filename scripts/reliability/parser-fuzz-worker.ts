// Child process of the parser fuzz: runs cases in order and reports each one as it ends, so the
// supervisor can kill this process when one never does.
import { parseArticle, toParseRecord } from "../../lib/kb";
import { buildCase, type CorpusFiles } from "./parser-fuzz-case";

export type Outcome = "parsed" | "rejected" | "internal" | "threw";

process.on(
  "message",
  async ({ seed, from, to, files }: { seed: number; from: number; to: number; files: CorpusFiles }) => {
    for (let i = from; i < to; i++) {
      const { file, applied, text } = buildCase(seed, i, files);
      let outcome: Outcome;
      let error: string | undefined;
      const t0 = performance.now();
      try {
        const r = parseArticle(text, { path: file });
        if (r.ok) JSON.stringify(toParseRecord(r.article)); // what `kb parse` prints
        // "parser failure:" is parseArticle's safety net catching an exception that is not a ParseError
        outcome = r.ok ? "parsed" : r.error.includes("parser failure:") ? "internal" : "rejected";
        if (outcome === "internal" && !r.ok) error = r.error;
      } catch (e) {
        outcome = "threw";
        error = e instanceof Error ? (e.stack ?? e.message) : String(e);
      }
      const ms = performance.now() - t0;
      process.send!({ type: "done", i, ms, outcome, error, file, applied, bytes: text.length });
      await new Promise(setImmediate); // let the report go out before the next case
    }
    process.send!({ type: "end" });
  },
);
