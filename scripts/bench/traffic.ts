// npm run bench:traffic: a mixed load that looks like use, 64 connections for 60 s (BENCH_SECONDS):
// article pages drawn at random from the whole corpus, searches (page and API) from 1,000+
// distinct queries (title words, phrases, file names, STOP codes, Q numbers), browse pages with
// filters and sort orders, check pages and API calls over many systems, the feed, file pages and
// the home page. Per route p50/p95/p99, req/s and errors; in the same run the framework's floor
// (/api/health) and the article page alone; then the article page through deploy/nginx.conf's
// cache against nginx serving the same HTML as a file, and the article page's first-load
// JavaScript. The NT corpus, or KB_BENCH_CORPUS=archive.
import Database from "better-sqlite3";
import { servicePackLine } from "../../lib/nt/service-packs";
import { BENCH_DIR, freshDatabase, importArchive, importCorpus } from "./lib/corpus";
import { firstLoadJs } from "./lib/first-load-js";
import { formatLoad, type LoadResult, runLoad } from "./lib/load";
import { formatMemory } from "./lib/memory";
import { startNginx, startNginxCache } from "./lib/nginx";
import { queries, random } from "./lib/queries";
import { startServer } from "./lib/server";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CONNECTIONS = 64;
const PORT = 3420;

const rand = random(14);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];

// Every service pack of each line, as the product knows them (TSE has only SP4-SP6).
const SYSTEMS = [
  ...(["workstation", "server", "terminal-server"] as const).flatMap((edition) =>
    servicePackLine("4.0", edition).flatMap((sp) =>
      ["x86", "alpha"].map((platform) => `release=4.0&sp=${sp.id}&edition=${edition}&platform=${platform}`),
    ),
  ),
  ...servicePackLine("3.51").map((sp) => `release=3.51&sp=${sp.id}&platform=mips`),
  ...servicePackLine("2000").map((sp) => `release=2000&sp=${sp.id}&edition=server`),
];

function mix(db: Database.Database, base: string): string[] {
  const ids = (db.prepare(`SELECT kbId FROM "Article" WHERE deletedAt IS NULL`).all() as { kbId: string }[]).map(
    (r) => r.kbId,
  );
  const files = (db.prepare(`SELECT DISTINCT name FROM "HotfixFile"`).all() as { name: string }[]).map((r) => r.name);
  const products = (db.prepare(`SELECT DISTINCT product FROM "Article" LIMIT 20`).all() as { product: string }[]).map(
    (r) => r.product,
  );
  const qs = queries(db);
  console.log(
    `mix: ${ids.length} articles, ${qs.length} distinct queries, ${SYSTEMS.length} systems, ${files.length} files`,
  );
  const kinds: [number, () => string][] = [
    [35, () => `/kb/${pick(ids)}`],
    [10, () => `/search?q=${encodeURIComponent(pick(qs))}`],
    [10, () => `/api/search?q=${encodeURIComponent(pick(qs))}`],
    [
      10,
      () =>
        `/kb?page=${1 + Math.floor(rand() * 20)}&sort=${pick(["id", "title", "date"])}${pick(["", "", `&product=${pick(products)}`, "&release=4.0", "&hasFiles=1"])}`,
    ],
    [7, () => `/check?${pick(SYSTEMS)}`],
    [8, () => `/api/check?${pick(SYSTEMS)}`],
    [5, () => "/feed.xml"],
    [10, () => `/files/${encodeURIComponent(pick(files))}`],
    [5, () => "/"],
  ];
  const total = kinds.reduce((n, [w]) => n + w, 0);
  return Array.from({ length: 40_000 }, () => {
    let r = rand() * total;
    for (const [w, url] of kinds) {
      r -= w;
      if (r < 0) return base + url();
    }
    return `${base}/`;
  });
}

function routeOf(url: string): string {
  const path = new URL(url).pathname;
  if (path.startsWith("/kb/")) return "/kb/[id]";
  if (path.startsWith("/files/")) return "/files/[name]";
  return path;
}

const line = (label: string, r: LoadResult) => formatLoad(label, r);

/** The article page through the documented nginx cache, against nginx serving it as a file. */
async function throughNginx() {
  const page = "/kb/Q244717";
  const html = await (await fetch(server.url + page)).text();
  const [cache, file] = [
    await startNginxCache(BENCH_DIR, PORT + 1, PORT, page),
    await startNginx(BENCH_DIR, PORT + 2, html),
  ];
  if (!cache || !file) {
    console.log("bench: nginx is not available here; the nginx comparison is skipped");
    return;
  }
  try {
    await (await fetch(cache.url)).text();
    const status = (await fetch(cache.url)).headers.get("x-cache");
    const cached = await runLoad([cache.url], { connections: CONNECTIONS, seconds: 10 });
    const stat = await runLoad([file.url], { connections: CONNECTIONS, seconds: 10 });
    console.log(line(`${page} through deploy/nginx.conf (second request: ${status})`, cached));
    console.log(line("the same HTML as a file from nginx", stat));
    console.log(`through the nginx cache = ${((cached.rps / stat.rps) * 100).toFixed(0)}% of nginx static`);
  } finally {
    cache.stop();
    file.stop();
  }
}

const archive = process.env.KB_BENCH_CORPUS === "archive";
const path = await freshDatabase(archive ? "traffic-archive" : "traffic");
const imported = archive ? await importArchive(path) : await importCorpus(path);
if (!imported) process.exit(2);
const db = new Database(path, { readonly: true });
const server = await startServer(PORT, path);
try {
  const urls = mix(db, server.url);
  const floor = await runLoad([`${server.url}/api/health`], { connections: CONNECTIONS, seconds: 10 });
  const article = await runLoad([`${server.url}/kb/Q244717`], { connections: CONNECTIONS, seconds: 10 });
  const mixed = await runLoad(urls, { connections: CONNECTIONS, seconds: SECONDS, routeOf });
  console.log(`${imported.articles} articles, ${CONNECTIONS} connections`);
  console.log(line("floor: /api/health", floor));
  console.log(line("the article page alone", article));
  console.log(line(`mixed traffic (${SECONDS} s)`, mixed));
  for (const [route, r] of Object.entries(mixed.routes).sort(([a], [b]) => a.localeCompare(b)))
    console.log(line(`  ${route}`, r));
  console.log(`mixed traffic = ${((mixed.rps / article.rps) * 100).toFixed(0)}% of the article page's req/s`);
  console.log(formatMemory("", server.memory()));
  const js = await firstLoadJs(server.url, "/kb/Q244717");
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `first-load JavaScript of /kb/Q244717: ${kb(js.total)} gzip in ${js.scripts.length} scripts (largest ${js.scripts
      .slice(0, 3)
      .map(([, n]) => kb(n))
      .join(", ")})`,
  );
  await throughNginx();
} finally {
  server.stop();
  db.close();
}
