import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleForm } from "@/components/admin/article-form";
import { inputToValues } from "@/lib/admin/article-form";
import { getStoredArticle } from "@/lib/admin/stored-article";
import { normalizeKbId } from "@/lib/articles/id";
import { requirePage } from "@/lib/auth/current";
import { parseRawAction, previewAction, saveArticleAction } from "../../article-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit ${(await params).id}` };
}

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePage("articles", `/admin/kb/${id}`);
  const kbId = normalizeKbId(id);
  const stored = kbId ? await getStoredArticle(kbId) : null;
  if (!kbId || !stored) notFound();
  const { saved } = await searchParams;
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 className="text-2xl font-bold tracking-tight">
          Edit <span className="font-mono">{kbId}</span>
        </h1>
        <Link href={`/kb/${kbId}`} className="text-sm text-blue-700 hover:underline dark:text-blue-400">
          View public page
        </Link>
        <Link href={`/admin/kb/${kbId}/history`} className="text-sm text-blue-700 hover:underline dark:text-blue-400">
          History
        </Link>
      </div>
      {saved && (
        <p
          role="status"
          className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-100"
        >
          Saved as revision {saved}.
        </p>
      )}
      {stored.deletedAt ? (
        <p role="alert" className="text-slate-600 dark:text-slate-400">
          This article is deleted. Restore it from the{" "}
          <Link href={`/admin?q=${kbId}`} className="text-blue-700 underline dark:text-blue-400">
            article list
          </Link>{" "}
          to edit it.
        </p>
      ) : (
        <ArticleForm
          key={stored.revision}
          kbId={kbId}
          initial={inputToValues(stored.input, stored.revision)}
          actions={{ save: saveArticleAction.bind(null, kbId), preview: previewAction, parseRaw: parseRawAction }}
        />
      )}
    </div>
  );
}
