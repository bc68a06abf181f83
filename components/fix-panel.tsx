import { EvidenceList } from "@/components/evidence-list";
import type { ArticleFix } from "@/lib/check/article-fix";

export function FixPanel({ kbId, fix, hasFiles }: { kbId: string; fix: ArticleFix | null; hasFiles: boolean }) {
  const kind = fix?.packs.length ? "service-pack" : fix?.hotfix ? "hotfix" : "none";
  const tone = {
    "service-pack":
      "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-100",
    hotfix:
      "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100",
    none: "border-slate-300 bg-slate-100 text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200",
  }[kind];
  const evidence = fix?.evidence ?? [];
  return (
    <section aria-labelledby="fix-heading" className={`rounded-lg border p-4 ${tone}`} data-testid="fix-panel">
      <h2 id="fix-heading" className="text-sm font-semibold uppercase tracking-wide">
        Fix
      </h2>
      {kind === "service-pack" && (
        <p className="mt-1">
          Fixed in{" "}
          {fix!.packs.map((p) => p.label + (p.byDate ? " (the latest when the article was updated)" : "")).join(", ")}.
          {fix!.packs.some((p) => p.conflict) && " The sources disagree; the earliest pack is shown."}
        </p>
      )}
      {kind === "hotfix" && (
        <p className="mt-1">
          A hotfix is available
          {hasFiles ? "; its files are listed below" : " from Microsoft Product Support Services"}.
        </p>
      )}
      {kind === "none" && <p className="mt-1">No fix is known from the Knowledge Base.</p>}
      {evidence.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm underline">
            Why: {evidence.length} {evidence.length === 1 ? "source" : "sources"}
          </summary>
          <EvidenceList self={kbId} items={evidence} />
        </details>
      )}
    </section>
  );
}
