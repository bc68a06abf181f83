// Shared Tailwind classes for admin controls, matching the public filter form.
export const inputClass =
  "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus:border-blue-500 focus:outline-none focus:ring-2 focus:ring-blue-500/30 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100";

export const primaryButton =
  "rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60";

export const secondaryButton =
  "rounded-md border border-slate-300 px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800";

export const dangerButton =
  "rounded-md border border-red-300 px-2 py-1 text-sm text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950";

export const errorText = "mt-1 text-sm text-red-700 dark:text-red-400";

/** The public article page's body classes (app/kb/[id]/page.tsx): the preview must look the same. */
export const articleProse =
  "prose prose-slate max-w-none dark:prose-invert prose-pre:overflow-x-auto prose-pre:bg-slate-100 prose-pre:text-slate-900 dark:prose-pre:bg-slate-900 dark:prose-pre:text-slate-100";
