import { EvidenceList } from "@/components/evidence-list";
import { type ArticleEvidence, fixedInLabel, summarizeFix } from "@/lib/articles/fix";

export function FixPanel(props: {
  kbId: string;
  evidence: ArticleEvidence[];
  files: unknown[];
  hotfixAvailable: boolean;
}) {
  const fix = summarizeFix(props);
  const tone = {
    "service-pack":
      "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-100",
    hotfix:
      "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100",
    none: "border-slate-300 bg-slate-100 text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200",
  }[fix.kind];
  return (
    <section aria-labelledby="fix-heading" className={`rounded-lg border p-4 ${tone}`} data-testid="fix-panel">
      <h2 id="fix-heading" className="text-sm font-semibold uppercase tracking-wide">
        Fix
      </h2>
      {fix.kind === "service-pack" && <p className="mt-1">Fixed in {fix.packs.map(fixedInLabel).join(", ")}.</p>}
      {fix.kind === "hotfix" && (
        <p className="mt-1">
          A hotfix is available
          {props.files.length > 0 ? "; its files are listed below" : " from Microsoft Product Support Services"}.
        </p>
      )}
      {fix.kind === "none" && <p className="mt-1">No fix is known from the Knowledge Base.</p>}
      {props.evidence.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm underline">
            Why: {props.evidence.length} {props.evidence.length === 1 ? "source" : "sources"}
          </summary>
          <EvidenceList
            self={props.kbId}
            items={props.evidence.map(({ section, source, ...e }) => ({ ...e, source: { ...source, section } }))}
          />
        </details>
      )}
    </section>
  );
}
