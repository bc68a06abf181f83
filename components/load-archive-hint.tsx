import { LOAD_ARCHIVE_COMMAND } from "@/lib/articles/sample";

/** The first run: the database holds only the shipped sample, and this is how to load the rest. */
export function LoadArchiveHint({ total }: { total: number }) {
  return (
    <section
      aria-labelledby="load-archive"
      data-testid="load-archive"
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100"
    >
      <h2 id="load-archive" className="font-semibold">
        Only {total} {total === 1 ? "article" : "articles"} so far: load the Knowledge Base
      </h2>
      <p className="mt-1 text-sm">
        This is the sample that ships with the app. One command loads the whole public kbarchive (about 60,000 articles
        of every product) from GitHub:
      </p>
      <pre className="mt-2 overflow-x-auto rounded bg-amber-100 px-3 py-2 text-sm dark:bg-amber-900/60">
        <code>{LOAD_ARCHIVE_COMMAND}</code>
      </pre>
      <p className="mt-2 text-sm">
        Or give it a copy you have: <code>npx kb import path/to/kbarchive.tar.gz</code> (a folder of articles works
        too).
      </p>
    </section>
  );
}
