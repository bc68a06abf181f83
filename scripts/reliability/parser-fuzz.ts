// The parser fed mutated real articles (truncated, bytes flipped, lines shuffled, 1 MB lines, ...):
// 10,000 cases (--short: 1,000), seeded (--seed). Fails on any throw, any exception caught by
// parseArticle's safety net ("parser failure"), any case over 1 s, or a case that never ends.
// Replay one case: tsx scripts/reliability/parser-fuzz.ts --seed=S --only=N
import { fork } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle } from "../../lib/kb";
import { CORPUS } from "../../lib/corpus";
import { findArticleFiles } from "../../lib/import/find-files";
import { BENCH_DIR, requireCorpus } from "../bench/lib/corpus";
import { percentile } from "../bench/lib/load";
import { numberFlag, SHORT } from "./lib/args";
import { buildCase, type CorpusFiles } from "./parser-fuzz-case";
import type { Outcome } from "./parser-fuzz-worker";

const CASES = numberFlag("cases", SHORT ? 1000 : 10_000);
const SEED = numberFlag("seed", 1);
const ONLY = numberFlag("only", -1);
const LIMIT_MS = 1000;
/** No report for this long: the case is stuck (a runaway regex), the worker is killed. */
const HANG_MS = 10_000;

interface Report {
  i: number;
  ms: number;
  outcome: Outcome | "hung" | "crashed";
  error?: string;
  file?: string;
  applied?: string[];
  bytes?: number;
}

requireCorpus();
const all = findArticleFiles(["txt", "kb", "docs"].map((d) => join(CORPUS, d))).files;
const files: CorpusFiles = {
  txt: all.filter((f) => /\.txt$/i.test(f)),
  md: all.filter((f) => f.endsWith(".md")),
  html: all.filter((f) => f.endsWith(".html")),
};

if (ONLY >= 0) {
  const { file, applied, text } = buildCase(SEED, ONLY, files);
  const out = join(BENCH_DIR, `fuzz-${SEED}-${ONLY}.txt`);
  mkdirSync(BENCH_DIR, { recursive: true });
  writeFileSync(out, text);
  const t0 = performance.now();
  const r = parseArticle(text, { path: file });
  console.log(
    `case ${ONLY}: ${file} [${applied.join(", ")}] ${text.length} chars -> ${r.ok ? "parsed" : r.error}; ${(performance.now() - t0).toFixed(1)} ms; input saved to ${out}`,
  );
  process.exit(0);
}

const reports: Report[] = [];

/** Runs cases [from, to) in one worker; resolves with where to carry on (past a stuck or crashing case). */
function runWorker(from: number, to: number): Promise<number> {
  return new Promise((resolve) => {
    const child = fork(fileURLToPath(new URL("./parser-fuzz-worker.ts", import.meta.url)), [], {
      execArgv: ["--import", "tsx"],
    });
    let last = from - 1;
    let lastAt = Date.now();
    let settled = false;
    const finish = (next: number, failure?: Report["outcome"]) => {
      if (settled) return;
      settled = true;
      clearInterval(watchdog);
      if (failure) reports.push({ i: last + 1, ms: Date.now() - lastAt, outcome: failure });
      child.kill("SIGKILL");
      resolve(next);
    };
    const watchdog = setInterval(() => Date.now() - lastAt > HANG_MS && finish(last + 2, "hung"), 1000);
    child.on("message", (m: Report & { type: string }) => {
      if (m.type === "end") return finish(to);
      reports.push(m);
      last = m.i;
      lastAt = Date.now();
      if ((m.i + 1) % 1000 === 0) console.log(`  ${m.i + 1} / ${CASES}`);
    });
    child.on("exit", () => finish(last + 2, "crashed"));
    child.send({ seed: SEED, from, to, files });
  });
}

const started = performance.now();
for (let next = 0; next < CASES; ) next = await runWorker(next, CASES);
const seconds = (performance.now() - started) / 1000;

const count = (pred: (r: Report) => boolean) => reports.filter(pred).length;
const times = reports
  .filter((r) => r.outcome !== "hung" && r.outcome !== "crashed")
  .map((r) => r.ms)
  .sort((a, b) => a - b);
const perMutation = new Map<string, number>();
for (const r of reports) for (const m of new Set(r.applied ?? [])) perMutation.set(m, (perMutation.get(m) ?? 0) + 1);
const slow = reports.filter((r) => r.ms > LIMIT_MS);
const bad = reports.filter(
  (r) =>
    r.outcome === "threw" ||
    r.outcome === "internal" ||
    r.outcome === "hung" ||
    r.outcome === "crashed" ||
    r.ms > LIMIT_MS,
);

console.log(
  `parser fuzz: seed ${SEED}, ${reports.length} cases from ${files.txt.length} .TXT, ${files.md.length} .md, ${files.html.length} .html in ${seconds.toFixed(1)} s`,
);
console.log(`  mutations: ${[...perMutation].map(([m, n]) => `${m} ${n}`).join(", ")}`);
console.log(
  `  outcomes: parsed ${count((r) => r.outcome === "parsed")}, rejected with a parse error ${count((r) => r.outcome === "rejected")}, ` +
    `threw ${count((r) => r.outcome === "threw")}, internal exceptions ${count((r) => r.outcome === "internal")}, hung ${count((r) => r.outcome === "hung")}, crashed ${count((r) => r.outcome === "crashed")}`,
);
console.log(
  `  time per case: p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms; over ${LIMIT_MS} ms: ${slow.length}`,
);
for (const r of bad.slice(0, 15)) {
  console.log(
    `  FAIL case ${r.i} (${r.outcome}, ${r.ms.toFixed(0)} ms) ${r.file ?? ""} [${r.applied?.join(", ") ?? ""}] ${r.error?.split("\n")[0] ?? ""}`,
  );
  console.log(`       replay: tsx scripts/reliability/parser-fuzz.ts --seed=${SEED} --only=${r.i}`);
}
console.log(
  `summary: parser fuzz ${reports.length} cases, ${bad.length} failures, max ${times[times.length - 1].toFixed(0)} ms per article`,
);
process.exit(bad.length > 0 ? 1 : 0);
