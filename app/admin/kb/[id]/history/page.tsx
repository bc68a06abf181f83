import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { restoreRevisionAction } from "@/app/admin/article-actions";
import { DiffView } from "@/components/admin/diff-view";
import { inputClass, secondaryButton } from "@/components/admin/styles";
import { diffLines } from "@/lib/admin/diff";
import { getRevision, listRevisions } from "@/lib/admin/revisions";
import { articleText } from "@/lib/admin/snapshot";
import { normalizeKbId } from "@/lib/articles/id";
import { requirePage } from "@/lib/auth/current";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string; restored?: string; error?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `History of ${(await params).id}` };
}

export default async function HistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePage("articles", `/admin/kb/${id}/history`);
  const kbId = normalizeKbId(id);
  if (!kbId) notFound();
  const revisions = await listRevisions(kbId);
  const latest = revisions[0]?.number ?? 0;
  const query = await searchParams;
  // Default: the latest revision against the one before it.
  const to = Number(query.to) || latest;
  const from = Number(query.from) || Math.max(1, to - 1);
  const [before, after] = await Promise.all([getRevision(kbId, from), getRevision(kbId, to)]);
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-baseline gap-x-4">
        <h1 className="text-2xl font-bold tracking-tight">
          History of <span className="font-mono">{kbId}</span>
        </h1>
        <Link href={`/admin/kb/${kbId}`} className="text-sm text-blue-700 hover:underline dark:text-blue-400">
          Edit
        </Link>
      </div>
      {query.restored && (
        <p
          role="status"
          className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-100"
        >
          Revision {query.restored} restored as revision {latest}.
        </p>
      )}
      {query.error && (
        <p
          role="alert"
          className="mb-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {query.error}
        </p>
      )}
      {revisions.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">
          No revisions yet: this article was imported and has not been edited here. The first save records it as
          revision 1.
        </p>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
          <ol className="divide-y divide-slate-200 self-start rounded-lg border border-slate-200 bg-white text-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {revisions.map((r) => (
              <li key={r.number} className="flex items-start gap-3 px-3 py-2">
                <span className="font-mono font-semibold">#{r.number}</span>
                <span className="min-w-0 flex-1">
                  <span className="block">{r.summary}</span>
                  <span className="block text-xs text-slate-500 dark:text-slate-400">
                    {r.author ?? "import"} · {r.createdAt.slice(0, 16).replace("T", " ")} UTC
                  </span>
                </span>
                {r.number !== latest && (
                  <form action={restoreRevisionAction}>
                    <input type="hidden" name="kbId" value={kbId} />
                    <input type="hidden" name="number" value={r.number} />
                    <input type="hidden" name="baseRevision" value={latest} />
                    <button
                      type="submit"
                      className="text-blue-700 hover:underline dark:text-blue-400"
                      aria-label={`Restore revision ${r.number}`}
                    >
                      Restore
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ol>
          <section aria-labelledby="diff-heading">
            <form method="get" className="mb-3 flex flex-wrap items-end gap-2 text-sm">
              <h2 id="diff-heading" className="mr-2 self-center font-semibold">
                Compare
              </h2>
              {(["from", "to"] as const).map((name) => (
                <label key={name} className="flex items-center gap-1">
                  {name}
                  <select name={name} defaultValue={name === "from" ? from : to} className={`${inputClass} w-20`}>
                    {revisions.map((r) => (
                      <option key={r.number} value={r.number}>
                        #{r.number}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
              <button type="submit" className={secondaryButton}>
                Show diff
              </button>
            </form>
            {before && after ? (
              <DiffView lines={diffLines(articleText(before), articleText(after))} />
            ) : (
              <p className="text-sm text-slate-500 dark:text-slate-400">Pick two revisions.</p>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
