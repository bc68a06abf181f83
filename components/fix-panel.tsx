import { fixedInLabel, summarizeFix } from "@/lib/articles/fix";
import type { FixedIn } from "@/lib/kb/types";

export function FixPanel(props: { fixedIn: FixedIn[]; files: unknown[]; hotfixAvailable: boolean }) {
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
      {fix.kind === "service-pack" && <p className="mt-1">Fixed in {fix.fixedIn.map(fixedInLabel).join(", ")}.</p>}
      {fix.kind === "hotfix" && (
        <p className="mt-1">
          A hotfix is available
          {props.files.length > 0 ? "; its files are listed below" : " from Microsoft Product Support Services"}.
        </p>
      )}
      {fix.kind === "none" && <p className="mt-1">No fix is known from this article.</p>}
    </section>
  );
}
