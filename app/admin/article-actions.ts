"use server";

// revalidatePath after a write: the editor's browser drops its router cache of the public pages
// (the server's own caches follow the data, lib/http/response-cache.ts).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { formDataToValues, inputToValues, valuesToInput } from "@/lib/admin/article-form";
import type { ArticleFormValues } from "@/lib/admin/form-values";
import { articleInputSchema } from "@/lib/admin/article-schema";
import type { ArticleFormState } from "@/lib/admin/form-state";
import { restoreRevision } from "@/lib/admin/revisions";
import { saveArticle, setArticleDeleted } from "@/lib/admin/save-article";
import { AuthError, clientIp, requireAction } from "@/lib/auth/current";
import { parseArticle, sectionsToMarkdown } from "@/lib/kb";
import { renderMarkdown } from "@/lib/markdown/render";
import { formFields, restoreRevisionSchema, setDeletedSchema } from "@/lib/validations/admin-actions";
import { fieldErrors } from "@/lib/validations/issues";

// Server actions are public POST endpoints: every one checks the session itself.

/** Saves the form; `kbId` is bound by the edit page (null on the new-article page). */
export async function saveArticleAction(
  kbId: string | null,
  _prev: ArticleFormState,
  fd: FormData,
): Promise<ArticleFormState> {
  const values = formDataToValues(fd);
  let user: Awaited<ReturnType<typeof requireAction>>;
  try {
    user = await requireAction("articles");
  } catch (e) {
    if (e instanceof AuthError) return { values, errors: {}, message: e.message };
    throw e;
  }
  const parsed = articleInputSchema.safeParse(valuesToInput(values));
  if (!parsed.success)
    return { values, errors: fieldErrors(parsed.error), message: "Nothing was saved: fix the fields marked below." };
  const baseRevision = Number(values.baseRevision);
  if (kbId && !Number.isInteger(baseRevision))
    return { values, errors: {}, message: "Nothing was saved: the form lost the revision it is based on. Reload it." };
  const editor = { id: user.id, email: user.email };
  const ip = await clientIp();
  const result = kbId
    ? await saveArticle({
        mode: "update",
        kbId,
        baseRevision,
        input: parsed.data,
        editor,
        ip,
      })
    : await saveArticle({ mode: "create", input: parsed.data, editor, ip });
  if (!result.ok) {
    const { field, message } = result.error;
    return { values, errors: field ? { [field]: message } : {}, message };
  }
  revalidatePath("/", "layout");
  redirect(`/admin/kb/${result.kbId}?saved=${result.revision}`);
}

/** The body as the public article page renders it. */
export async function previewAction(markdown: string): Promise<string> {
  await requireAction("articles");
  return renderMarkdown(markdown);
}

/** A pasted .TXT or kbarchive article, parsed by the importer's parser, as form text for review. */
export async function parseRawAction(text: string): Promise<{ values: ArticleFormValues } | { error: string }> {
  await requireAction("articles");
  const result = parseArticle(text);
  if (!result.ok)
    return { error: `Could not read the article${result.line ? ` (line ${result.line})` : ""}: ${result.error}` };
  return { values: inputToValues({ ...result.article, body: sectionsToMarkdown(result.article.sections) }, 0) };
}

export async function setDeletedAction(fd: FormData): Promise<void> {
  const user = await requireAction("articles");
  const form = setDeletedSchema.safeParse(formFields(fd));
  if (!form.success) return;
  await setArticleDeleted(form.data.kbId, form.data.deleted, { id: user.id, email: user.email }, await clientIp());
  revalidatePath("/", "layout");
}

export async function restoreRevisionAction(fd: FormData): Promise<void> {
  const user = await requireAction("articles");
  const form = restoreRevisionSchema.safeParse(formFields(fd));
  if (!form.success) redirect("/admin");
  const { kbId, number, baseRevision } = form.data;
  const result = await restoreRevision(
    kbId,
    number,
    baseRevision,
    { id: user.id, email: user.email },
    await clientIp(),
  );
  revalidatePath("/", "layout");
  const query = result.ok ? `restored=${number}` : `error=${encodeURIComponent(result.error.message)}`;
  redirect(`/admin/kb/${kbId}/history?${query}`);
}
