import type { AppError } from "@/lib/errors";

/** A bad query-string value, named, instead of an error page. */
export function QueryError({ error }: { error: AppError }) {
  return (
    <p
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
    >
      The <code className="font-mono">{error.field}</code> parameter was ignored: {error.message}.
    </p>
  );
}
