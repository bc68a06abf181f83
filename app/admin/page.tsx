import Link from "next/link";
import { setDeletedAction } from "./article-actions";
import { dangerButton, inputClass, primaryButton, secondaryButton } from "@/components/admin/styles";
import { findAdminArticles } from "@/lib/admin/article-list";
import { requirePage } from "@/lib/auth/current";

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function AdminPage({ searchParams }: Props) {
  await requirePage("articles", "/admin");
  const raw = (await searchParams).q;
  const q = typeof raw === "string" ? raw : "";
  const articles = await findAdminArticles(q);
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">Articles</h1>
        <Link href="/admin/kb/new" className={primaryButton}>
          New article
        </Link>
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: a search form is ARIA's search landmark */}
      <form method="get" action="/admin" role="search" className="mt-4 flex max-w-lg gap-2">
        <label htmlFor="admin-q" className="sr-only">
          Find by id or title
        </label>
        <input
          id="admin-q"
          name="q"
          defaultValue={q}
          placeholder="Q244717 or words of the title"
          className={inputClass}
        />
        <button type="submit" className={secondaryButton}>
          Find
        </button>
      </form>
      <p className="mt-3 text-sm text-slate-500 dark:text-slate-400">
        {q ? `${articles.length} match${articles.length === 1 ? "" : "es"} for “${q}”` : "Recently changed"}
        {articles.length === 50 && " (first 50)"}
      </p>
      <ul className="mt-2 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
        {articles.map((a) => (
          <li key={a.kbId} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5">
            <span className="w-20 shrink-0 font-mono text-sm text-slate-500 dark:text-slate-400">{a.kbId}</span>
            <span className={`min-w-0 flex-1 ${a.deletedAt ? "text-slate-500 line-through dark:text-slate-400" : ""}`}>
              {a.title}
            </span>
            {a.deletedAt && (
              <span className="rounded bg-red-100 px-1.5 text-xs text-red-800 dark:bg-red-950 dark:text-red-200">
                deleted
              </span>
            )}
            <span className="flex gap-3 text-sm">
              {!a.deletedAt && (
                <Link href={`/kb/${a.kbId}`} className="text-blue-700 hover:underline dark:text-blue-400">
                  View
                </Link>
              )}
              {!a.deletedAt && (
                <Link href={`/admin/kb/${a.kbId}`} className="text-blue-700 hover:underline dark:text-blue-400">
                  Edit
                </Link>
              )}
              <Link href={`/admin/kb/${a.kbId}/history`} className="text-blue-700 hover:underline dark:text-blue-400">
                History
              </Link>
            </span>
            <form action={setDeletedAction}>
              <input type="hidden" name="kbId" value={a.kbId} />
              <input type="hidden" name="deleted" value={a.deletedAt ? "0" : "1"} />
              <button
                type="submit"
                className={a.deletedAt ? secondaryButton : dangerButton}
                aria-label={`${a.deletedAt ? "Restore" : "Delete"} ${a.kbId}`}
              >
                {a.deletedAt ? "Restore" : "Delete"}
              </button>
            </form>
          </li>
        ))}
        {articles.length === 0 && (
          <li className="px-4 py-6 text-center text-slate-500 dark:text-slate-400">No articles found.</li>
        )}
      </ul>
    </div>
  );
}
