import { productName } from "@/lib/kb/products";
import Link from "next/link";
import type { ArticleSummary } from "@/lib/articles/queries";

export function ArticleList({ articles }: { articles: ArticleSummary[] }) {
  return (
    <ul
      data-testid="article-list"
      className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
    >
      {articles.map((a) => (
        <li key={a.kbId} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-3">
          <span className="w-20 shrink-0 font-mono text-sm text-slate-500 dark:text-slate-400">{a.kbId}</span>
          <Link
            href={`/kb/${a.kbId}`}
            className="min-w-0 flex-1 font-medium text-blue-700 hover:underline dark:text-blue-400"
          >
            {a.title}
          </Link>
          <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">
            {productName(a.product)}
          </span>
          <time
            className="w-24 text-right text-sm tabular-nums text-slate-500 dark:text-slate-400"
            dateTime={a.lastModified ?? undefined}
          >
            {a.lastModified ?? "—"}
          </time>
        </li>
      ))}
    </ul>
  );
}
