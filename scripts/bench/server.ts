// npm run bench:server: what npm start's own HTTP server (the socket's address, broken
// percent-encoding turned away) costs against plain `next start`, on the same build and the NT
// corpus: one article page, and 500 distinct article pages in turn (rendered during the 2 s
// warm-up, then served from the page cache). 32 connections, BENCH_SECONDS (10) per run.
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
const ids = (db.prepare(`SELECT kbId FROM "Article" ORDER BY random() LIMIT 500`).all() as { kbId: string }[]).map(
  (r) => r.kbId,
);
db.close();

for (const server of ["next", "kb"] as const) {
  const { url, stop } = await startServer(PORT, path, server);
  try {
    const label = server === "kb" ? "npm start (our server)" : "next start";
    console.log(formatLoad(`${label}: /kb/Q244717`, await runLoad([`${url}/kb/Q244717`], { seconds: SECONDS })));
    console.log(
      formatLoad(
        `${label}: 500 article pages`,
        await runLoad(
          ids.map((id) => `${url}/kb/${id}`),
          { seconds: SECONDS },
        ),
      ),
    );
  } finally {
    stop();
    await new Promise((r) => setTimeout(r, 1000));
  }
}
