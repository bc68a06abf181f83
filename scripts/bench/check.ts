// npm run bench:check: /api/check latency at 32 connections on the NT corpus, on SQLite and
// PostgreSQL side by side, and on the whole archive (60,038 articles).
import { freshDatabase, importCorpus, importArchive, postgresCorpus } from "./lib/corpus";
import { formatLoad, runLoad } from "./lib/load";
import { formatMemory } from "./lib/memory";
import { startServer } from "./lib/server";

const SYSTEMS = [
  "release=4.0&sp=SP5&edition=terminal-server&platform=alpha",
  "release=4.0&sp=SP3&platform=x86",
  "release=4.0&sp=SP6a&edition=server&platform=x86",
  "build=1381&sp=SP4&edition=workstation",
  "release=3.51&sp=SP5&platform=mips",
  "release=3.5&sp=SP2",
  "release=2000&sp=SP1&edition=server",
  `ver=${encodeURIComponent("Microsoft(R) Windows NT(TM) Version 4.0 (Build 1381: Service Pack 5)")}`,
  "release=4.0&sp=SP5&status=hotfix,upgrade",
  `release=4.0&sp=SP2&platform=alpha&installed=${encodeURIComponent("Rassrv.exe 10/29/99 123,664")}`,
];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = 3410;

async function measure(label: string, database: string) {
  const server = await startServer(PORT, database);
  try {
    const urls = SYSTEMS.map((q) => `${server.url}/api/check?${q}`);
    const sizes = await Promise.all(urls.map(async (u) => (await (await fetch(u)).text()).length));
    console.log(`${label} response sizes ${Math.min(...sizes)}-${Math.max(...sizes)} bytes`);
    console.log(formatLoad(`${label} /api/check (32 conn)`, await runLoad(urls, { seconds: SECONDS })));
    console.log(formatMemory(label, server.memory()));
  } finally {
    server.stop();
  }
}

const path = await freshDatabase("check");
const imported = await importCorpus(path);
await measure(`${imported.articles} articles:`, path);
const postgres = await postgresCorpus("kb_bench_check");
if (postgres) {
  const { articles, seconds } = postgres.summary;
  console.log(
    `PostgreSQL: ${articles} articles imported in ${seconds.toFixed(1)} s (${(articles / seconds).toFixed(0)}/s)`,
  );
  await measure(`${articles} articles on PostgreSQL:`, postgres.url);
}
const archivePath = await freshDatabase("check-archive");
const archive = await importArchive(archivePath);
if (archive) await measure(`${archive.articles} articles (the whole archive):`, archivePath);
