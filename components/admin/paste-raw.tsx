"use client";

import { useState, useTransition } from "react";
import type { ArticleFormActions } from "@/lib/admin/form-state";
import type { ArticleFormValues } from "@/lib/admin/form-values";
import { errorText, inputClass, secondaryButton } from "./styles";

/** Paste a .TXT or kbarchive article; the importer's parser fills the form for review. */
export function PasteRaw({
  parse,
  onParsed,
}: {
  parse: ArticleFormActions["parseRaw"];
  onParsed: (values: ArticleFormValues) => void;
}) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  function fill() {
    startTransition(async () => {
      const result = await parse(text);
      if ("error" in result) setError(result.error);
      else {
        setError(null);
        onParsed(result.values);
      }
    });
  }
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm dark:border-slate-800 dark:bg-slate-900">
      <summary className="cursor-pointer font-medium">Paste a raw KB article</summary>
      <textarea
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={8}
        aria-label="Raw article text"
        placeholder="Paste the whole Q-article .TXT or kbarchive page here"
        className={`${inputClass} mt-2 font-mono`}
      />
      {error && (
        <p role="alert" className={errorText}>
          {error}
        </p>
      )}
      <button type="button" onClick={fill} disabled={pending || !text.trim()} className={`${secondaryButton} mt-2`}>
        {pending ? "Reading…" : "Fill the form"}
      </button>
    </details>
  );
}
