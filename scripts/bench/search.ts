// npm run bench:search: search latency over HTTP at 32 connections for the NT corpus (9.4k) and the
// whole archive (60,038 articles of every product, KB_ARCHIVE), raw FTS5 in-process for comparison,
// the app's search in-process and uncached over the traffic mix's 1,000+ distinct queries, and an
// article page against nginx serving the same HTML as a static file.
import { spawnSync } from "node:child_process";
import Database from "better-sqlite3";
import { FTS_TABLE, FTS_WEIGHTS } from "../../lib/db/fts";
import { toFtsQuery } from "../../lib/search/fts-query";
import { BENCH_DIR, freshDatabase, importCorpus, importArchive, postgresCorpus } from "./lib/corpus";
import { formatLoad, runLoad, summarize } from "./lib/load";
import { startNginx } from "./lib/nginx";
import { formatMemory } from "./lib/memory";
import { startServer } from "./lib/server";

const QUERIES = [
  "RAS port unavailable",
  "blue screen",
  "STOP 0x0000001E",
  "rassrv.exe",
  '"access denied"',
  "dhcp lease",
  "printer spooler",
  "terminal server",
  "service pack 5",
  "netlogon",
  "tcpip.sys",
  "domain controller",
  '"event ID 2013"',
  "lsass",
  "memory leak",
  "backup tape",
  "roaming profile",
  "winlogon",
  "prin",
  "dns server",
];
const FILTERS = ["", "", "&release=4.0", "&hasFiles=1"];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = 3400;

function rawFts(path: string) {
  const db = new Database(path, { readonly: true });
  const weights = Object.values(FTS_WEIGHTS).join(", ");
  const search = db.prepare(
    `SELECT a.kbId, a.title, snippet(${FTS_TABLE}, 1, '<mark>', '</mark>', '…', 28) AS snippet
     FROM ${FTS_TABLE} JOIN "Article" a ON a.id = ${FTS_TABLE}.rowid
     WHERE ${FTS_TABLE} MATCH ? AND a.deletedAt IS NULL ORDER BY bm25(${FTS_TABLE}, ${weights}), a.kbNumber LIMIT 20`,
  );
  const count = db.prepare(
    `SELECT count(*) FROM ${FTS_TABLE} JOIN "Article" a ON a.id = ${FTS_TABLE}.rowid WHERE ${FTS_TABLE} MATCH ? AND a.deletedAt IS NULL`,
  );
  const latencies: number[] = [];
  const started = performance.now();
  for (let round = 0; round < 20; round++) {
    for (const q of QUERIES) {
      const match = toFtsQuery(q)!.all;
      const t = performance.now();
      search.all(match);
      count.get(match);
      latencies.push(performance.now() - t);
    }
  }
  db.close();
  return summarize(latencies, (performance.now() - started) / 1000);
}

/** `database`: a SQLite file or a postgresql:// URL; `path`: the SQLite file of the same articles (raw FTS5, the query list). */
async function measure(label: string, path: string, withNginx: boolean, database = path) {
  const server = await startServer(PORT, database);
  try {
    const urls = QUERIES.flatMap(
      (q, i) => `${server.url}/api/search?q=${encodeURIComponent(q)}${FILTERS[i % FILTERS.length]}`,
    );
    console.log(formatLoad(`${label} /api/search (32 conn)`, await runLoad(urls, { seconds: SECONDS })));
    if (database === path) console.log(formatLoad(`${label} raw FTS5, one process`, rawFts(path)));
    if (withNginx) {
      const page = `${server.url}/kb/Q244717`;
      const html = await (await fetch(page)).text();
      const nginx = await startNginx(BENCH_DIR, PORT + 1, html);
      const app = await runLoad([page], { seconds: SECONDS });
      console.log(formatLoad(`${label} article page (Next)`, app));
      if (nginx) {
        const stat = await runLoad([nginx.url], { seconds: SECONDS });
        nginx.stop();
        console.log(formatLoad(`${label} same HTML (nginx static)`, stat));
        console.log(`${label} article page rate = ${((app.rps / stat.rps) * 100).toFixed(1)}% of nginx`);
      } else console.log("bench: nginx is not available here; static comparison skipped");
    }
    console.log(formatMemory(label, server.memory()));
  } finally {
    server.stop();
  }
  spawnSync(
    "node_modules/.bin/tsx",
    [
      "--conditions",
      "react-server",
      "scripts/bench/search-uncached.ts",
      path,
      label,
      ...(database === path ? [] : [database]),
    ],
    {
      stdio: "inherit",
    },
  );
}

const path = await freshDatabase("search");
const imported = await importCorpus(path);
console.log(`corpus: ${imported.articles} articles imported in ${imported.seconds.toFixed(1)} s`);
await measure(`${imported.articles} articles:`, path, true);
const postgres = await postgresCorpus("kb_bench_search");
if (postgres) {
  const { articles, seconds } = postgres.summary;
  console.log(
    `PostgreSQL: ${articles} articles imported in ${seconds.toFixed(1)} s (${(articles / seconds).toFixed(0)}/s)`,
  );
  await measure(`${articles} articles on PostgreSQL:`, path, false, postgres.url);
}
const archivePath = await freshDatabase("search-archive");
const archive = await importArchive(archivePath);
if (archive) {
  console.log(`archive: ${archive.articles} articles imported in ${archive.seconds.toFixed(1)} s`);
  await measure(`${archive.articles} articles (the whole archive):`, archivePath, false);
}
