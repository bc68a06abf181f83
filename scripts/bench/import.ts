// npm run bench:import: the whole NT corpus, end to end (read, parse, write, index) into a new SQLite
// file, then as upserts; then the whole archive (every product) from its .tar.gz into another.
import { statSync } from "node:fs";
import { freshDatabase, importArchive, importCorpus } from "./lib/corpus";

const path = await freshDatabase("import");
const first = await importCorpus(path);
const again = await importCorpus(path);

const line = (label: string, s: typeof first) =>
  `${label}: ${s.articles} articles in ${s.seconds.toFixed(2)} s = ${(s.articles / s.seconds).toFixed(0)} articles/s ` +
  `(${s.files} file rows, ${s.fixedIn} fixed-in facts, ${s.evidence} evidence rows, ${s.references} references, ${s.failures.length} failures)`;
console.log(line("fresh database", first));
console.log(line("re-import (upsert)", again));
for (const f of first.failures) console.log(`  failed: ${f.file}${f.line ? `:${f.line}` : ""}: ${f.error}`);
const archivePath = await freshDatabase("import-archive");
const archive = await importArchive(archivePath);
if (archive) {
  console.log(line("whole archive (.tar.gz)", archive));
  console.log(`  database: ${(statSync(archivePath).size / 2 ** 20).toFixed(0)} MiB`);
}
