import type { DiffLine } from "@/lib/admin/diff";

const styles = {
  same: "text-slate-600 dark:text-slate-400",
  added: "bg-emerald-50 text-emerald-900 dark:bg-emerald-950/60 dark:text-emerald-200",
  removed: "bg-red-50 text-red-900 dark:bg-red-950/60 dark:text-red-200",
};
const marks = { same: " ", added: "+", removed: "-" };

/** `lines` is null when the revisions are too different to show line by line (diffLines). */
export function DiffView({ lines }: { lines: DiffLine[] | null }) {
  if (!lines)
    return (
      <p className="text-sm text-slate-500 dark:text-slate-400">
        These revisions are too different to show line by line (more than 2,000 lines changed).
      </p>
    );
  if (lines.every((l) => l.op === "same"))
    return <p className="text-sm text-slate-500 dark:text-slate-400">No differences.</p>;
  return (
    <pre
      data-testid="diff"
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white py-2 text-sm dark:border-slate-800 dark:bg-slate-950"
    >
      {lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: diff lines repeat text; their position is their identity
        <div key={i} className={`px-3 ${styles[l.op]}`}>
          <span aria-hidden className="select-none pr-2">
            {marks[l.op]}
          </span>
          <span className="sr-only">{l.op === "same" ? "" : `${l.op}: `}</span>
          {l.text || " "}
        </div>
      ))}
    </pre>
  );
}
