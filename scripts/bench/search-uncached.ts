// Search in-process and uncached over the 1,000+ distinct queries of the traffic mix (drawn from
// the SQLite file argv[2]), on that file or on the database URL argv[4] (PostgreSQL with the same
// articles): each query once, so no answer comes from a cache. Run by bench:search (with
// --conditions react-server, as the app's server code is); prints one line each.
import Database from "better-sqlite3";
import { queries } from "./lib/queries";
import { formatLoad, summarize } from "./lib/load";

const path = process.argv[2];
const label = process.argv[3] ?? "";
process.env.DATABASE_URL = process.argv[4] ?? `file:${path}`;
const db = new Database(path, { readonly: true });
const list = queries(db);
db.close();
// the app's modules bind DATABASE_URL when first imported
const { searchArticles } = await import("../../lib/search/search");
const { searchFacets } = await import("../../lib/search/facets");
const { searchSchema } = await import("../../lib/search/filters");

await searchArticles(searchSchema.parse({ q: "warm up the connection" }));
const measure = async (run: (q: string) => Promise<unknown>) => {
  const latencies: number[] = [];
  const started = performance.now();
  for (const q of list) {
    const t = performance.now();
    await run(q);
    latencies.push(performance.now() - t);
  }
  return summarize(latencies, (performance.now() - started) / 1000);
};
console.log(
  formatLoad(
    `${label} search in-process, uncached, ${list.length} distinct queries`,
    await measure((q) => searchArticles(searchSchema.parse({ q }))),
  ),
);
// new strings (a trailing space is the same query to FTS5 but a new cache key)
console.log(
  formatLoad(
    `${label} the same with /search's facet counts`,
    await measure(async (q) => {
      const p = searchSchema.parse({ q: `${q} ` });
      await Promise.all([searchArticles(p), searchFacets(p)]);
    }),
  ),
);
// the cache's LISTEN connection on PostgreSQL would keep the process alive: exit once printed
process.stdout.write("", () => process.exit(0));
