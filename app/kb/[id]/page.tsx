import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleLinks } from "@/components/article-links";
import { ArticleMeta } from "@/components/article-meta";
import { FixPanel } from "@/components/fix-panel";
import { HotfixFilesTable } from "@/components/hotfix-files-table";
import { PrintButton } from "@/components/print-button";
import { normalizeKbId } from "@/lib/articles/id";
import { getArticle } from "@/lib/articles/queries";
import { getArticleFix } from "@/lib/check/get-article-fix";
import { renderMarkdown } from "@/lib/markdown/render";

type Props = { params: Promise<{ id: string }> };

// Rendered per request and kept by the server's response cache until the data changes
// (lib/http/response-cache.ts): cheaper than Next's ISR, which also writes every page to disk.
export const dynamic = "force-dynamic";

async function load(id: string) {
  const kbId = normalizeKbId(id);
  if (!kbId) notFound();
  if (kbId !== id) permanentRedirect(`/kb/${kbId}`);
  return (await getArticle(kbId)) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kbId = normalizeKbId((await params).id);
  const article = kbId ? await getArticle(kbId) : null;
  return article
    ? { title: `${article.kbId}: ${article.title}`, alternates: { canonical: `/kb/${article.kbId}` } }
    : {};
}

export default async function ArticlePage({ params }: Props) {
  const article = await load((await params).id);
  const fix = await getArticleFix(article.kbId);
  // One fix panel, in reading order right after the title: on a phone the page is one column
  // (title, fix, text, details); on a wide screen the fix heads the right-hand column, the text
  // starts under the title whatever the panel's height, and the details follow the fix.
  return (
    <article className="flex flex-col gap-6 lg:grid lg:grid-cols-[1fr_18rem] lg:grid-rows-[auto_auto_1fr] lg:gap-x-8">
      <header className="min-w-0 lg:col-start-1 lg:row-start-1">
        <div className="flex items-center justify-between gap-4">
          <p className="font-mono text-sm text-slate-500 dark:text-slate-400">{article.kbId}</p>
          <PrintButton />
        </div>
        <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">{article.title}</h1>
      </header>
      <div className="lg:col-start-2 lg:row-span-2 lg:row-start-1">
        <FixPanel kbId={article.kbId} fix={fix} hasFiles={article.files.length > 0} />
      </div>
      <div className="min-w-0 lg:col-start-1 lg:row-span-2 lg:row-start-2">
        {article.files.length > 0 && (
          <section className="mb-6" aria-labelledby="files">
            <h2 id="files" className="mb-2 scroll-mt-4 text-lg font-semibold">
              Hotfix files
            </h2>
            <HotfixFilesTable files={article.files} />
          </section>
        )}
        <div
          className="prose prose-slate max-w-none dark:prose-invert prose-pre:overflow-x-auto prose-pre:bg-slate-100 prose-pre:text-slate-900 dark:prose-pre:bg-slate-900 dark:prose-pre:text-slate-100"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by lib/markdown/render.ts
          dangerouslySetInnerHTML={{
            __html: renderMarkdown(article.body, {
              self: article.kbId,
              known: new Map(article.references.map((r) => [r.kbId, r.title])),
            }),
          }}
        />
      </div>
      <aside className="space-y-6 lg:sticky lg:top-4 lg:col-start-2 lg:row-start-3 lg:self-start">
        <ArticleMeta article={article} />
        <ArticleLinks title="References" links={article.references} />
        <ArticleLinks title="Referenced by" links={article.referencedBy} />
      </aside>
    </article>
  );
}
