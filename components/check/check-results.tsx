import Link from "next/link";
import type { CheckEntry, CheckResult } from "@/lib/check/check-system";
import type { FixStatus } from "@/lib/check/evaluate";
import { EvidenceList } from "@/components/evidence-list";
import { PlatformBadge } from "@/components/platform-badge";

const GROUPS: { status: FixStatus; title: string; blurb: string; tone: string }[] = [
  {
    status: "hotfix",
    title: "Hotfix available",
    blurb: "A hotfix exists and no service pack you have contains it.",
    tone: "border-amber-400",
  },
  {
    status: "upgrade",
    title: "Fixed in a later service pack",
    blurb: "Install the service pack named to get the fix.",
    tone: "border-blue-500",
  },
  {
    status: "no-fix",
    title: "No fix known",
    blurb: "The article describes no fix; see its workaround.",
    tone: "border-slate-400",
  },
  {
    status: "installed",
    title: "Hotfix installed",
    blurb: "You listed this hotfix, or one that replaces it.",
    tone: "border-teal-500",
  },
  {
    status: "fixed",
    title: "Already fixed",
    blurb: "Your service pack already contains the fix.",
    tone: "border-emerald-500",
  },
  {
    status: "info",
    title: "Related reading",
    blurb: "Information, how-to and list articles about your system: not problems, so not counted above.",
    tone: "border-violet-400",
  },
];

/** Groups hidden until asked for: the ones that need nothing from the user. */
const COLLAPSED: readonly FixStatus[] = ["fixed", "info"];

/** Results shown per group; a group can be expanded to LONG, and the CSV export has them all. */
const SHORT = 20;
const LONG = 500;
const bytes = new Intl.NumberFormat("en-US");

function Entry({ e }: { e: CheckEntry }) {
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <span className="font-mono text-sm text-slate-500 dark:text-slate-400">{e.articleId}</span>
        <Link href={`/kb/${e.articleId}`} className="font-medium text-blue-700 hover:underline dark:text-blue-400">
          {e.title}
        </Link>
        {e.supersededBy && (
          <span className="rounded bg-slate-200 px-1.5 text-xs dark:bg-slate-700">
            superseded by{" "}
            <Link className="underline" href={`/kb/${e.supersededBy}`}>
              {e.supersededBy}
            </Link>
          </span>
        )}
        {e.conflict && (
          <span className="rounded bg-orange-100 px-1.5 text-xs text-orange-900 dark:bg-orange-900 dark:text-orange-100">
            sources disagree
          </span>
        )}
        {e.installed && e.installed !== "unknown" && (
          <span
            className={`rounded px-1.5 text-xs ${e.installed === "current" ? "bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-100" : "bg-red-100 text-red-800 dark:bg-red-900 dark:text-red-100"}`}
          >
            your file is {e.installed === "current" ? "at or past the fix" : "older than the fix"}
          </span>
        )}
      </div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{e.reason}</p>
      <details className="mt-1">
        <summary className="cursor-pointer text-sm text-blue-700 dark:text-blue-400">Why?</summary>
        <EvidenceList items={e.evidence} self={e.articleId} />
      </details>
      {e.files.length > 0 && e.status !== "fixed" && (
        <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 font-mono text-xs text-slate-700 dark:text-slate-300">
          {e.files.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: an article may list the same file twice; the list never reorders
            <li key={i}>
              {f.name} {f.version ?? ""} {f.size !== null ? `${bytes.format(f.size)} bytes` : ""} {f.date ?? ""}{" "}
              <PlatformBadge platform={f.platform} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** `expanded`: the group shown in full (fixed and related reading are hidden until expanded); `href(status)` links to that view. */
export function CheckResults({
  result,
  expanded,
  href,
}: {
  result: CheckResult;
  expanded: FixStatus | null;
  href: (status: FixStatus) => string;
}) {
  return (
    <div className="space-y-6">
      {GROUPS.map((g) => {
        const entries = result.results.filter((e) => e.status === g.status);
        const count = result.counts[g.status];
        if (g.status === "installed" && count === 0) return null;
        const shown = g.status === expanded ? LONG : COLLAPSED.includes(g.status) ? 0 : SHORT;
        return (
          <section
            key={g.status}
            id={`group-${g.status}`}
            aria-labelledby={`group-${g.status}-title`}
            className={`border-l-4 pl-4 ${g.tone}`}
            data-testid={`group-${g.status}`}
          >
            <h2 id={`group-${g.status}-title`} className="text-lg font-semibold">
              {g.title}{" "}
              <span
                className="ml-1 rounded-full bg-slate-200 px-2 text-sm tabular-nums dark:bg-slate-700"
                data-testid={`count-${g.status}`}
              >
                {count}
              </span>
            </h2>
            <p className="text-sm text-slate-500 dark:text-slate-400">{g.blurb}</p>
            {shown > 0 && (
              <ul className="divide-y divide-slate-200 dark:divide-slate-800">
                {entries.slice(0, shown).map((e) => (
                  <Entry key={e.articleId} e={e} />
                ))}
              </ul>
            )}
            {count > shown &&
              (shown < LONG ? (
                <Link
                  href={href(g.status)}
                  className="mt-2 inline-block text-sm text-blue-700 underline dark:text-blue-400"
                >
                  Show {shown === 0 ? `the ${count}` : `all ${count}`}
                  {count > LONG ? ` (first ${LONG}; all in the CSV)` : ""}
                </Link>
              ) : (
                <p className="text-sm text-slate-500 dark:text-slate-400">
                  …and {count - shown} more in the CSV export.
                </p>
              ))}
          </section>
        );
      })}
    </div>
  );
}
