// npm run eval:verdicts: what every source of evidence adds to the check, over the whole corpus.
// Parses the NT corpus, joins fix lists to the articles they name (as the catalog does), and
// compares each verdict with the one from the articles' own sentences alone.
import { TXT_DIR } from "../../lib/corpus";
import { Catalog } from "../../lib/check/catalog";
import { checkSystem } from "../../lib/check/check-system";
import type { FixStatus } from "../../lib/check/evaluate";
import type { ArticleFacts } from "../../lib/check/facts";
import { factsOf } from "../../lib/check/test-fixtures";
import { findArticleFiles } from "../../lib/import/find-files";
import { parseArticleFile } from "../../lib/kb/node";
import type { Article } from "../../lib/kb/types";
import { parseSystem } from "../../lib/nt/parse-system";
import { requireCorpus } from "../bench/lib/corpus";

const SYSTEMS = [
  "4.0 SP3 Server x86",
  "4.0 SP5 Server x86",
  "4.0 SP6a Workstation x86",
  "4.0 SP4 Terminal Server Edition x86",
  "4.0 SP5 Terminal Server Edition Alpha",
  "2000 SP1 Server x86",
  "3.51 SP5 Server x86",
];

requireCorpus();
const t0 = performance.now();
const articles: Article[] = [];
for (const file of findArticleFiles([TXT_DIR]).files) {
  const r = parseArticleFile(file);
  if (r.ok) articles.push(r.article);
}
const facts = factsOf(articles);
// Text only: the article's own fix sentences and hotfix sentence, every article a problem.
const textOnly: ArticleFacts[] = facts.map((f) => ({
  ...f,
  evidence: f.evidence.filter((e) => e.source.id === f.id && (e.kind === "statement" || e.kind === "hotfix")),
  kind: "problem",
}));

const rows = (kind: string) => facts.reduce((n, f) => n + f.evidence.filter((e) => e.kind === kind).length, 0);
const articlesWith = (test: (f: ArticleFacts) => boolean) => facts.filter(test).length;
const named = (e: ArticleFacts["evidence"][number]) => e.servicePack !== null && e.servicePack !== "latest";
console.log(`${articles.length} articles parsed in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
console.log("Evidence rows about corpus articles, by kind:");
for (const kind of ["statement", "fix-list", "keyword", "hotfix"])
  console.log(`  ${kind.padEnd(10)} ${String(rows(kind)).padStart(6)}`);
console.log(
  `  articles with no fix sentence that a fix list or keyword gives a pack: ${articlesWith(
    (f) =>
      !f.evidence.some((e) => e.kind === "statement") &&
      f.evidence.some((e) => (e.kind === "fix-list" || e.kind === "keyword") && named(e)),
  )}`,
);
console.log(
  `  articles with no fix sentence that have fix-list or fix-keyword evidence at all: ${articlesWith(
    (f) =>
      !f.evidence.some((e) => e.kind === "statement") &&
      f.evidence.some((e) => e.kind === "fix-list" || e.kind === "keyword"),
  )}`,
);
console.log(
  `  articles whose only pack is "the latest service pack" that a fix list or keyword names: ${articlesWith(
    (f) =>
      f.evidence.some((e) => e.kind === "statement" && e.servicePack === "latest") &&
      !f.evidence.some((e) => e.kind === "statement" && named(e)) &&
      f.evidence.some((e) => (e.kind === "fix-list" || e.kind === "keyword") && named(e)),
  )}`,
);
console.log(`  informational articles (related reading): ${articlesWith((f) => f.kind === "information")}\n`);

const all = new Catalog(facts);
const before = new Catalog(textOnly);
const STATUS: FixStatus[] = ["hotfix", "upgrade", "no-fix", "fixed", "info"];
console.log(
  `${"system".padEnd(40)} ${STATUS.map((s) => s.padStart(8)).join("")}  changed (to info) conflicts byDate→better`,
);
for (const text of SYSTEMS) {
  const parsed = parseSystem(text);
  if (!parsed.ok) throw new Error(parsed.message);
  const now = checkSystem(all, parsed.system);
  const then = new Map(checkSystem(before, parsed.system).results.map((e) => [e.articleId, e]));
  const changedAll = now.results.filter((e) => then.get(e.articleId)?.status !== e.status);
  const changed = changedAll.length;
  const toInfo = changedAll.filter((e) => e.status === "info").length;
  const conflicts = now.results.filter((e) => e.conflict).length;
  const betterThanDate = now.results.filter(
    (e) =>
      then.get(e.articleId)?.fixedIn?.source === "latest-by-date" && e.fixedIn && e.fixedIn.source !== "latest-by-date",
  ).length;
  const counts = (c: Record<FixStatus, number>) => STATUS.map((s) => String(c[s]).padStart(8)).join("");
  console.log(`${`${text} (text only)`.padEnd(40)} ${counts(checkSystem(before, parsed.system).counts)}`);
  console.log(
    `${text.padEnd(40)} ${counts(now.counts)}  ${String(changed).padStart(7)} ${`(${toInfo})`.padStart(9)} ${String(conflicts).padStart(9)} ${String(betterThanDate).padStart(14)}`,
  );
}
