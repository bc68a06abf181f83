/** The header search box; "/" focuses it (search-shortcut-script.tsx). */
export function SearchBox() {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a search form is ARIA's search landmark
    <form action="/search" method="get" role="search" className="relative w-full max-w-md">
      <label htmlFor="site-search" className="sr-only">
        Search the Knowledge Base
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder="Search articles, Q numbers, file names…"
        autoComplete="off"
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 pr-8 text-sm text-slate-900 placeholder:text-slate-400 focus:border-blue-500 focus:outline-none focus:ring-2 focus:ring-blue-500/30 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      />
      <kbd className="pointer-events-none absolute right-2 top-1/2 hidden -translate-y-1/2 rounded border border-slate-300 px-1.5 text-xs text-slate-500 dark:text-slate-400 sm:block dark:border-slate-600">
        /
      </kbd>
    </form>
  );
}
