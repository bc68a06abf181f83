import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="font-mono text-sm text-slate-500 dark:text-slate-400">404</p>
      <h1 className="mt-2 text-2xl font-bold">Article not found</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">
        There is no such page or Knowledge Base article here. Search for it instead:
      </p>
      <form action="/search" method="get" className="mt-6 flex gap-2">
        <label htmlFor="nf-search" className="sr-only">
          Search
        </label>
        <input
          id="nf-search"
          name="q"
          type="search"
          placeholder="Q244717, RAS port, rassrv.exe…"
          className="flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
        />
        <button type="submit" className="rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
          Search
        </button>
      </form>
      <p className="mt-6">
        <Link href="/" className="text-blue-700 underline dark:text-blue-400">
          Back to the home page
        </Link>
      </p>
    </div>
  );
}
