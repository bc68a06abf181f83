import Link from "next/link";
import type { FileName } from "@/lib/search/trigrams";

/** "Did you mean": the shipped names like the one asked for, each with its article count. */
export function SimilarFileNames({ names }: { names: FileName[] }) {
  if (names.length === 0) return null;
  return (
    <section aria-labelledby="similar-names" className="space-y-2">
      <h2 id="similar-names" className="text-lg font-semibold">
        Files with a similar name
      </h2>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {names.map((n) => (
          <li key={n.key}>
            <Link
              href={`/files/${encodeURIComponent(n.name)}`}
              className="flex items-baseline justify-between gap-4 px-3 py-2 text-blue-700 hover:bg-slate-50 hover:underline dark:text-blue-400 dark:hover:bg-slate-900"
            >
              <span className="font-mono">{n.name}</span>
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {n.articles} {n.articles === 1 ? "article" : "articles"}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
