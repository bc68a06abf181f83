import type { Metadata } from "next";
import { ArticleForm } from "@/components/admin/article-form";
import { emptyFormValues } from "@/lib/admin/article-form";
import { requirePage } from "@/lib/auth/current";
import { parseRawAction, previewAction, saveArticleAction } from "../../article-actions";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  await requirePage("articles", "/admin/kb/new");
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">New article</h1>
      <ArticleForm
        kbId={null}
        initial={emptyFormValues()}
        actions={{ save: saveArticleAction.bind(null, null), preview: previewAction, parseRaw: parseRawAction }}
      />
    </div>
  );
}
