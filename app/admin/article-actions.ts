"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { formDataToValues, inputToValues, valuesToInput } from "@/lib/admin/article-form";
import type { ArticleFormValues } from "@/lib/admin/form-values";
import { articleInputSchema, fieldErrors } from "@/lib/admin/article-schema";
import { adminDb } from "@/lib/admin/db";
import type { ArticleFormState } from "@/lib/admin/form-state";
import { restoreRevision } from "@/lib/admin/revisions";
import { saveArticle, setArticleDeleted } from "@/lib/admin/save-article";
import { AuthError, clientIp, requireAction } from "@/lib/auth/current";
import { parseArticle, sectionsToMarkdown } from "@/lib/kb";
import { renderMarkdown } from "@/lib/markdown/render";

// Server actions are public POST endpoints: every one checks the session itself.

/** Saves the form; `kbId` is bound by the edit page (null on the new-article page). */
export async function saveArticleAction(kbId: string | null, _prev: ArticleFormState, fd: FormData): Promise<ArticleFormState> {
  const values = formDataToValues(fd);
  let user;
  try {
    user = await requireAction("articles");
  } catch (e) {
    if (e instanceof AuthError) return { values, errors: {}, message: e.message };
    throw e;
  }
  const parsed = articleInputSchema.safeParse(valuesToInput(values));
  if (!parsed.success) return { values, errors: fieldErrors(parsed.error), message: "Nothing was saved: fix the fields marked below." };
  const editor = { id: user.id, email: user.email };
  const ip = await clientIp();
  const result = kbId
    ? saveArticle(adminDb(), { mode: "update", kbId, baseRevision: Number(values.baseRevision), input: parsed.data, editor, ip })
    : saveArticle(adminDb(), { mode: "create", input: parsed.data, editor, ip });
  if (!result.ok) return { values, errors: result.field ? { [result.field]: result.message } : {}, message: result.message };
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
  if (!result.ok) return { error: `Could not read the article${result.line ? ` (line ${result.line})` : ""}: ${result.error}` };
  return { values: inputToValues({ ...result.article, body: sectionsToMarkdown(result.article.sections) }, 0) };
}

export async function setDeletedAction(fd: FormData): Promise<void> {
  const user = await requireAction("articles");
  const kbId = String(fd.get("kbId"));
  setArticleDeleted(adminDb(), kbId, fd.get("deleted") === "1", { id: user.id, email: user.email }, await clientIp());
  revalidatePath("/", "layout");
}

export async function restoreRevisionAction(fd: FormData): Promise<void> {
  const user = await requireAction("articles");
  const kbId = String(fd.get("kbId"));
  const result = restoreRevision(adminDb(), kbId, Number(fd.get("number")), Number(fd.get("baseRevision")), { id: user.id, email: user.email }, await clientIp());
  revalidatePath("/", "layout");
  const query = result.ok ? `restored=${fd.get("number")}` : `error=${encodeURIComponent(result.message)}`;
  redirect(`/admin/kb/${kbId}/history?${query}`);
}
