// npm run test:reliability: every reliability part in turn, then a summary; exit 1 if any failed.
// `--short` is CI's form (10 s of traffic, 1,000 fuzz cases, one kill round; the XSS list in full).
// `--parts=fuzz,kill,traffic,browser` runs some of them.
import { spawn } from "node:child_process";
import { SHORT } from "./lib/args";

const tsx = (script: string) => [
  "node_modules/.bin/tsx",
  `scripts/reliability/${script}`,
  ...(SHORT ? ["--short"] : []),
];
const PARTS = [
  { key: "fuzz", name: "parser fuzz", command: tsx("parser-fuzz.ts") },
  { key: "kill", name: "kill -9 import", command: tsx("kill-import.ts") },
  { key: "traffic", name: "mixed traffic and hostile URLs", command: tsx("traffic.ts") },
  {
    key: "browser",
    name: "XSS and two editors in Chromium",
    command: ["node_modules/.bin/playwright", "test", "-c", "e2e/reliability/playwright.config.ts"],
  },
];
const chosen = process.argv
  .find((a) => a.startsWith("--parts="))
  ?.slice(8)
  .split(",");

/** Runs one part with its output shown as it comes; keeps its `summary:` lines. */
function run(command: string[]): Promise<{ code: number; summary: string[] }> {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { stdio: ["ignore", "pipe", "inherit"] });
    const summary: string[] = [];
    let rest = "";
    child.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      const lines = (rest + chunk.toString()).split("\n");
      rest = lines.pop()!;
      summary.push(...lines.filter((l) => l.startsWith("summary: ")).map((l) => l.slice(9)));
    });
    child.on("exit", (code) => resolve({ code: code ?? 1, summary }));
  });
}

const results = [];
for (const part of PARTS.filter((p) => !chosen || chosen.includes(p.key))) {
  console.log(`\n=== ${part.name}: ${part.command.join(" ")}`);
  const started = performance.now();
  const { code, summary } = await run(part.command);
  results.push({ ...part, code, summary, seconds: (performance.now() - started) / 1000 });
}

console.log(`\n=== reliability${SHORT ? " (short)" : ""}: summary`);
for (const r of results) {
  console.log(`${r.code === 0 ? "pass" : "FAIL"}  ${r.name} (${r.seconds.toFixed(0)} s)`);
  for (const line of r.summary) console.log(`      ${line}`);
}
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
