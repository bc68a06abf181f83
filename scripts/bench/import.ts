// npm run bench:import: the whole NT corpus, end to end (read, parse, write, index) into a new SQLite file.
import { freshDatabase, importCorpus } from "./lib/corpus";

const path = await freshDatabase("import");
const first = await importCorpus(path);
const again = await importCorpus(path);

const line = (label: string, s: typeof first) =>
  `${label}: ${s.articles} articles in ${s.seconds.toFixed(2)} s = ${(s.articles / s.seconds).toFixed(0)} articles/s ` +
  `(${s.files} file rows, ${s.fixedIn} fixed-in facts, ${s.evidence} evidence rows, ${s.references} references, ${s.failures.length} failures)`;
console.log(line("fresh database", first));
console.log(line("re-import (upsert)", again));
for (const f of first.failures) console.log(`  failed: ${f.file}${f.line ? `:${f.line}` : ""}: ${f.error}`);
