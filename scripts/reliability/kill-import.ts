// `kill -9` of `kb import` at random moments: after every kill the database must pass
// PRAGMA integrity_check (and the FTS index its own check), and a re-run must complete.
// - rounds (--rounds, --short: 1) start from no database and kill (--kills) times at moments
//   drawn (--seed) over the length of a clean import; the re-run must give a clean import's rows;
// - startup kills (--startup): a new database killed 60-200 ms after its file appears, while it is
//   being created and migrated (too short a window for the rounds to hit), then one article imported.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { FTS_TABLE } from "../../lib/db/fts";
import { BENCH_DIR, requireCorpus } from "../bench/lib/corpus";
import { numberFlag, SHORT } from "./lib/args";
import { random } from "./lib/random";

const ROUNDS = numberFlag("rounds", SHORT ? 1 : 5);
const KILLS = numberFlag("kills", SHORT ? 2 : 3);
const STARTUP = numberFlag("startup", SHORT ? 5 : 20);
const rand = random(numberFlag("seed", 1));
const TXT = requireCorpus();
const DIR = join(BENCH_DIR, "reliability");
const TABLES = ["Article", "HotfixFile", "Evidence", "Reference", "ArticleKeyword", "AppliesTo", FTS_TABLE];

function freshPath(name: string): string {
  mkdirSync(DIR, { recursive: true });
  const path = join(DIR, `${name}.db`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(path + suffix, { force: true });
  return path;
}

/** `kb import` as an operator runs it (bin/kb.js, what `npx kb` starts), in its own process group. */
function startImport(path: string, source = TXT) {
  const child = spawn("node", ["bin/kb.js", "import", source], {
    env: { ...process.env, DATABASE_URL: `file:${path}` },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  let running = true;
  const exited = new Promise<number | string>((resolve) =>
    child.on("exit", (code, signal) => {
      running = false;
      resolve(code ?? signal ?? "?");
    }),
  );
  const kill = () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // it had already ended
    }
  };
  return { kill, exited, running: () => running, output: () => output };
}

/** Problems found in the file (empty = sound), and its row counts. */
function inspect(path: string): { problems: string[]; counts: Record<string, number> } {
  if (!existsSync(path)) return { problems: [], counts: {} };
  const db = new Database(path);
  try {
    const problems: string[] = [];
    const integrity = db.pragma("integrity_check") as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0].integrity_check !== "ok")
      problems.push(`integrity_check: ${integrity.map((r) => r.integrity_check).join("; ")}`);
    const fk = db.pragma("foreign_key_check") as unknown[];
    if (fk.length > 0) problems.push(`foreign_key_check: ${fk.length} rows`);
    const counts: Record<string, number> = {};
    const tables = new Set(
      (db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table')`).all() as { name: string }[]).map(
        (r) => r.name,
      ),
    );
    // The index reads its text from Article; what it has indexed is one row per article in _docsize.
    const counted = (t: string) => (t === FTS_TABLE ? `${FTS_TABLE}_docsize` : t);
    for (const t of TABLES)
      if (tables.has(t)) counts[t] = (db.prepare(`SELECT count(*) AS n FROM "${counted(t)}"`).get() as { n: number }).n;
    if (tables.has(FTS_TABLE)) {
      try {
        db.prepare(`INSERT INTO ${FTS_TABLE}(${FTS_TABLE}) VALUES ('integrity-check')`).run();
      } catch (e) {
        problems.push(`fts integrity-check: ${(e as Error).message}`);
      }
      if (counts[FTS_TABLE] !== counts.Article)
        problems.push(`fts has ${counts[FTS_TABLE]} rows for ${counts.Article} articles`);
    }
    return { problems, counts };
  } finally {
    db.close();
  }
}

async function completeImport(
  path: string,
  source = TXT,
): Promise<{ seconds: number; code: number | string; output: string }> {
  const t0 = performance.now();
  const run = startImport(path, source);
  const code = await run.exited;
  return { seconds: (performance.now() - t0) / 1000, code, output: run.output() };
}

const failures: string[] = [];
/** The error line of a failed run's output (Node prints the source line and a stack around it). */
const lastLines = (output: string) => {
  const lines = output.trim().split("\n");
  return (lines.find((l) => /^\w*Error\b|^kb:/.test(l)) ?? lines.slice(-2).join(" | ")).slice(0, 300);
};
const clean = freshPath("kill-import-clean");
const baseline = await completeImport(clean);
const expected = inspect(clean).counts;
rmSync(clean, { force: true });
if (baseline.code !== 0) throw new Error(`a clean import failed (exit ${baseline.code}):\n${baseline.output}`);
console.log(`clean import: ${baseline.seconds.toFixed(1)} s; ${TABLES.map((t) => `${t} ${expected[t]}`).join(", ")}`);

let kills = 0;
for (let round = 1; round <= ROUNDS; round++) {
  const path = freshPath(`kill-import-${round}`);
  for (let k = 1; k <= KILLS; k++) {
    const at = Math.round(rand.next() * baseline.seconds * 1000);
    const run = startImport(path);
    const timer = setTimeout(run.kill, at);
    const code = await run.exited;
    clearTimeout(timer);
    const { problems, counts } = inspect(path);
    const killed = code === "SIGKILL";
    kills += killed ? 1 : 0;
    console.log(
      `round ${round}, kill ${k} at ${at} ms: ${killed ? "killed" : `finished first (exit ${code})`}; ${counts.Article ?? "no"} articles${problems.length ? `; ${problems.join("; ")}` : "; sound"}`,
    );
    for (const p of problems) failures.push(`round ${round} kill ${k} at ${at} ms: ${p}`);
  }
  const rerun = await completeImport(path);
  const { problems, counts } = inspect(path);
  const differs = TABLES.filter((t) => counts[t] !== expected[t]).map(
    (t) => `${t} ${counts[t]} (clean ${expected[t]})`,
  );
  console.log(
    `round ${round}, re-run: exit ${rerun.code} in ${rerun.seconds.toFixed(1)} s; ${differs.length ? `differs: ${differs.join(", ")}` : "same rows as a clean import"}`,
  );
  if (rerun.code !== 0) failures.push(`round ${round} re-run exited ${rerun.code}: ${lastLines(rerun.output)}`);
  for (const p of problems) failures.push(`round ${round} after the re-run: ${p}`);
  if (differs.length) failures.push(`round ${round} re-run: ${differs.join(", ")}`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
}

const ONE_ARTICLE = join(TXT, "244", "Q244717.TXT");
let startupBroken = 0;
for (let n = 1; n <= STARTUP; n++) {
  const path = freshPath("kill-import-startup");
  const run = startImport(path);
  while (!existsSync(path) && run.running()) await new Promise((r) => setTimeout(r, 1));
  const at = rand.int(60, 200);
  await new Promise((r) => setTimeout(r, at));
  run.kill();
  await run.exited;
  const { problems } = inspect(path);
  const rerun = await completeImport(path, ONE_ARTICLE);
  const count = rerun.code === 0 ? inspect(path).counts.Article : 0;
  if (problems.length || rerun.code !== 0 || count !== 1) {
    startupBroken++;
    failures.push(
      `startup kill ${n} at file creation + ${at} ms: ${[...problems, rerun.code !== 0 ? `re-run exited ${rerun.code}: ${lastLines(rerun.output)}` : `re-run left ${count} articles`].join("; ")}`,
    );
  }
}
console.log(`startup kills: ${STARTUP}, ${startupBroken} left a database that a re-run could not use`);

for (const f of failures) console.log(`  FAIL ${f}`);
console.log(
  `summary: kill -9 import ${ROUNDS} rounds, ${kills + STARTUP} kills (${STARTUP} at start-up), ${failures.length} failures (clean import ${baseline.seconds.toFixed(1)} s, ${expected.Article} articles)`,
);
process.exit(failures.length > 0 ? 1 : 0);
