import Link from "next/link";
import type { ArticleLink } from "@/lib/articles/queries";

export function ArticleLinks({ title, links }: { title: string; links: ArticleLink[] }) {
  if (links.length === 0) return null;
  return (
    <section className="mt-6">
      <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{title}</h2>
      <ul className="mt-2 space-y-1 text-sm">
        {links.map((l) => (
          <li key={l.kbId}>
            {l.title === null ? (
              <span className="text-slate-500 dark:text-slate-400" title="Not in this knowledge base">
                <span className="font-mono">{l.kbId}</span> (not in the archive)
              </span>
            ) : (
              <Link href={`/kb/${l.kbId}`} className="text-blue-700 hover:underline dark:text-blue-400">
                <span className="font-mono">{l.kbId}</span> {l.title}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
