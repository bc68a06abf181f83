"use client";

import Link from "next/link";

// Shown when a page fails on the server. No stack trace reaches the browser: the digest lets
// an operator find the error in the server's log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="font-mono text-sm text-slate-500">500</p>
      <h1 className="mt-2 text-2xl font-bold">Something went wrong on our side</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">
        The page could not be shown. Try again, or go back to the home page.
      </p>
      {error.digest && <p className="mt-2 font-mono text-xs text-slate-500">Reference: {error.digest}</p>}
      <div className="mt-6 flex justify-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800"
        >
          Try again
        </button>
        <Link href="/" className="self-center text-blue-700 underline dark:text-blue-400">
          Home page
        </Link>
      </div>
    </div>
  );
}
