"use client";

import { useEffect, useState } from "react";
import { articleProse } from "./styles";

/** The body rendered by the server with the public page's renderer, shortly after typing stops. */
export function MarkdownPreview({
  markdown,
  render,
}: {
  markdown: string;
  render: (markdown: string) => Promise<string>;
}) {
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      render(markdown).then(
        (h) => current && setHtml(h),
        () => current && setHtml(null),
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [markdown, render]);
  return (
    <div
      data-testid="preview"
      aria-live="polite"
      className="min-h-40 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-950"
    >
      {html === null ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">Rendering preview…</p>
      ) : (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by lib/markdown/render.ts, as on the public page
        <div className={articleProse} dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </div>
  );
}
