"use client";

import { useActionState, useState } from "react";
import type { ArticleFormValues } from "@/lib/admin/form-values";
import type { ArticleFormActions, ArticleFormState } from "@/lib/admin/form-state";
import { Field } from "./field";
import { FileRowsEditor } from "./file-rows-editor";
import { MarkdownPreview } from "./markdown-preview";
import { PasteRaw } from "./paste-raw";
import { inputClass, primaryButton } from "./styles";

/** New/edit article form. `kbId` is null for a new article (its id is then editable). */
export function ArticleForm({
  kbId,
  initial,
  actions,
}: {
  kbId: string | null;
  initial: ArticleFormValues;
  actions: ArticleFormActions;
}) {
  const [state, action, pending] = useActionState(actions.save, {
    values: initial,
    errors: {},
    message: null,
  } as ArticleFormState);
  // Values pasted from a raw article replace the form until the next submit returns.
  const [pasted, setPasted] = useState<ArticleFormValues | null>(null);
  const [seenState, setSeenState] = useState(state);
  const [version, setVersion] = useState(0);
  if (seenState !== state) {
    setSeenState(state);
    setPasted(null);
    setVersion(version + 1);
  }
  const values = pasted ?? state.values;
  return (
    <form action={action} className="space-y-6">
      {!kbId && (
        <PasteRaw
          parse={actions.parseRaw}
          onParsed={(v) => {
            setPasted(v);
            setVersion(version + 1);
          }}
        />
      )}
      {state.message && (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {state.message}
        </p>
      )}
      {/* Remounted for each result or paste, so every input shows exactly those values. */}
      <ArticleFields key={version} kbId={kbId} values={values} errors={state.errors} preview={actions.preview} />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? "Saving…" : "Save"}
        </button>
        {kbId && (
          <span className="text-sm text-slate-500 dark:text-slate-400">
            Based on revision {values.baseRevision === "0" ? "(none yet: imported)" : values.baseRevision}
          </span>
        )}
      </div>
    </form>
  );
}

function ArticleFields({
  kbId,
  values,
  errors,
  preview,
}: {
  kbId: string | null;
  values: ArticleFormValues;
  errors: Record<string, string>;
  preview: ArticleFormActions["preview"];
}) {
  const [body, setBody] = useState(values.body);
  const text = (
    name: keyof ArticleFormValues,
    label: string,
    props: React.InputHTMLAttributes<HTMLInputElement> = {},
    hint?: string,
  ) => (
    <Field label={label} error={errors[name]} hint={hint}>
      <input
        name={name}
        defaultValue={values[name] as string}
        aria-invalid={!!errors[name]}
        className={inputClass}
        {...props}
      />
    </Field>
  );
  return (
    <>
      <input type="hidden" name="baseRevision" value={values.baseRevision} />
      <input type="hidden" name="footer" value={values.footer} />
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        {kbId ? (
          <Field label="Article id">
            <input
              name="id"
              value={kbId}
              readOnly
              className={`${inputClass} bg-slate-100 font-mono dark:bg-slate-800`}
            />
          </Field>
        ) : (
          text("id", "Article id", { placeholder: "Q244717", required: true, className: `${inputClass} font-mono` })
        )}
        {text("title", "Title", { required: true })}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        {text("product", "Product", { placeholder: "winnt" })}
        {text("lastModified", "Last modified", { placeholder: "YYYY-MM-DD" })}
        {text("fixedIn", "Fixed in", { placeholder: "4.0 SP6a, SP5" }, "Release and service pack, comma-separated")}
        {text("versions", "Versions", { placeholder: "4.0, 4.0 SP4" }, "PROD/VER tokens, comma-separated")}
        {text("editions", "Editions", { placeholder: "Server, Workstation" }, "Comma-separated")}
        {text("keywords", "Keywords", { placeholder: "kbbug kbfix" }, "Space-separated")}
      </div>
      <Field
        label="Applies to"
        error={errors.appliesTo}
        hint="One line each, as in “The information in this article applies to”"
      >
        <textarea name="appliesTo" defaultValue={values.appliesTo} rows={2} className={inputClass} />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="hotfixAvailable" defaultChecked={values.hotfixAvailable} />A hotfix is available
        from Microsoft
      </label>
      <FileRowsEditor initial={values.files} errors={errors} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Field label="Body (markdown)" error={errors.body}>
          <textarea
            name="body"
            value={body}
            onChange={(e) => setBody(e.target.value)}
            rows={24}
            className={`${inputClass} font-mono`}
          />
        </Field>
        <div className="text-sm">
          <span className="mb-1 block font-medium">Preview</span>
          <MarkdownPreview markdown={body} render={preview} />
        </div>
      </div>
    </>
  );
}
