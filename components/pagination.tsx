import Link from "next/link";

/** Previous/next links that keep every other query parameter. */
export function Pagination({
  page,
  pages,
  params,
  path,
}: {
  page: number;
  pages: number;
  params: Record<string, string>;
  path: string;
}) {
  if (pages <= 1) return null;
  const href = (p: number) => `${path}?${new URLSearchParams({ ...params, page: String(p) })}`;
  const link =
    "rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className={link} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-500 dark:text-slate-400">
        Page {page} of {pages.toLocaleString("en-US")}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} className={link} rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
