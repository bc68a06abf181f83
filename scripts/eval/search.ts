// npm run eval:search: how well search finds the article a support engineer has in mind.
// scripts/eval/search-queries.json holds queries written from corpus articles: "symptom" ones from
// the SYMPTOMS section alone (never the title), "exact" ones pasted from the text (an error
// message, a STOP code, a file name). Each query runs through searchArticles(), uncached, on a
// new database of the NT corpus (KB_EVAL_CORPUS=archive: the whole archive, every product;
// KB_EVAL_DATABASE=postgresql: the NT corpus on a throwaway PostgreSQL server).
// Prints recall@10 and MRR per kind, the share in the top 3, latency with and without the facet
// counts /search shows; --misses lists the misses,
// --ranks every query's rank.
import { readFileSync } from "node:fs";
import { searchSchema } from "../../lib/search/filters";
import { freshDatabase, importArchive, importCorpus, postgresCorpus } from "../bench/lib/corpus";
import { summarize } from "../bench/lib/load";

interface Judged {
  id: string;
  kind: "symptom" | "exact";
  q: string;
}

const queries = JSON.parse(readFileSync(new URL("./search-queries.json", import.meta.url), "utf8")) as Judged[];
const archive = process.env.KB_EVAL_CORPUS === "archive";
const imported =
  process.env.KB_EVAL_DATABASE === "postgresql"
    ? (await postgresCorpus("kb_eval_search"))?.summary
    : archive
      ? await importArchive(await freshDatabase("eval-search-archive"))
      : await importCorpus(await freshDatabase("eval-search"));
if (!imported) process.exit(2);
const present = new Set(queries.map((j) => j.id));
// Imported only now: the database client opens DATABASE_URL, which freshDatabase() just set.
const { searchArticles } = await import("../../lib/search/search");
const { searchFacets } = await import("../../lib/search/facets");

const results = [];
const latencies: number[] = [];
const withFacets: number[] = [];
const started = performance.now();
for (const j of queries) {
  const t = performance.now();
  const params = searchSchema.parse({ q: j.q, limit: 10 });
  const { hits } = await searchArticles(params);
  latencies.push(performance.now() - t);
  await searchFacets(params);
  withFacets.push(performance.now() - t);
  const rank = hits.findIndex((h) => h.kbId === j.id) + 1; // 0: not in the first ten
  results.push({ ...j, rank, top: hits.slice(0, 3).map((h) => h.kbId) });
}
const seconds = (performance.now() - started) / 1000;

console.log(`${imported.articles} articles, ${queries.length} queries (${present.size} articles judged)`);
for (const kind of ["symptom", "exact"] as const) {
  const of = results.filter((r) => r.kind === kind);
  const recall = of.filter((r) => r.rank > 0).length / of.length;
  const mrr = of.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0) / of.length;
  const top3 = of.filter((r) => r.rank > 0 && r.rank <= 3).length / of.length;
  console.log(
    `${kind.padEnd(8)} n=${of.length}  recall@10 ${recall.toFixed(3)}  MRR ${mrr.toFixed(3)}  in top 3 ${top3.toFixed(3)}`,
  );
}
for (const [label, ms] of [
  ["search", latencies],
  ["search + facet counts", withFacets],
] as const) {
  const load = summarize(ms, seconds);
  console.log(
    `latency, ${label} (in-process, uncached): p50 ${load.p50.toFixed(1)} ms  p95 ${load.p95.toFixed(1)} ms  p99 ${load.p99.toFixed(1)} ms`,
  );
}
if (process.argv.includes("--ranks"))
  for (const r of results) console.log(`  rank ${String(r.rank || "-").padStart(2)} ${r.kind} ${r.id}: ${r.q}`);
if (process.argv.includes("--misses"))
  for (const r of results.filter((x) => x.rank === 0 || (x.kind === "exact" && x.rank > 3)))
    console.log(`  miss ${r.kind} ${r.id} (rank ${r.rank || ">10"}): ${r.q}  → ${r.top.join(" ")}`);
// the caches' LISTEN connection on PostgreSQL would keep the process alive
process.stdout.write("", () => process.exit(0));
