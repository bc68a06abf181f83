// npm run bench:server: what npm start's own HTTP server (the socket's address, broken
// percent-encoding turned away) costs against plain `next start`, on the same build and the NT
// corpus: 300 distinct article pages in turn, each fetched once before the run so both servers
// answer from the page cache (first renders are issue 14's business), then one article page.
// The distinct pages go first: a page expires 60 s after its render (revalidate), and re-renders
// in the background would weigh on the second server's run.
// 32 connections, BENCH_SECONDS (10) per run.
import { freshDatabase, importCorpus } from "./lib/corpus";
import { formatLoad, runLoad } from "./lib/load";
import { startServer } from "./lib/server";
import Database from "better-sqlite3";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = 3410;

const path = await freshDatabase("bench-server");
const summary = await importCorpus(path);
console.log(`database: ${summary.articles} articles`);
const db = new Database(path, { readonly: true });
const ids = (db.prepare(`SELECT kbId FROM "Article" ORDER BY random() LIMIT 300`).all() as { kbId: string }[]).map(
  (r) => r.kbId,
);
db.close();

for (const server of ["next", "kb"] as const) {
  const { url, stop } = await startServer(PORT, path, server);
  try {
    for (const id of ids) await (await fetch(`${url}/kb/${id}`)).text();
    const label = server === "kb" ? "npm start (our server)" : "next start";
    const pages = ids.map((id) => `${url}/kb/${id}`);
    console.log(formatLoad(`${label}: ${pages.length} article pages`, await runLoad(pages, { seconds: SECONDS })));
    console.log(formatLoad(`${label}: /kb/Q244717`, await runLoad([`${url}/kb/Q244717`], { seconds: SECONDS })));
  } finally {
    stop();
    await new Promise((r) => setTimeout(r, 1000));
  }
}
