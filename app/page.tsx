import Link from "next/link";
import { ArticleList } from "@/components/article-list";
import { LoadArchiveHint } from "@/components/load-archive-hint";
import { countArticles, recentArticles } from "@/lib/articles/queries";
import { isSampleOnly } from "@/lib/articles/sample";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [total, recent] = await Promise.all([countArticles(), recentArticles(50)]);
  return (
    <div className="space-y-10">
      <section className="rounded-xl bg-gradient-to-br from-blue-700 to-indigo-800 px-6 py-10 text-white shadow">
        <h1 className="text-3xl font-bold tracking-tight">Is there a fix for that?</h1>
        <p className="mt-3 max-w-2xl text-blue-100">
          Search {total.toLocaleString("en-US")} Windows NT Knowledge Base articles, or tell us your build, service
          pack, edition and platform and see which problems apply to you and how each one is fixed.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/check" className="rounded-md bg-white px-4 py-2 font-medium text-blue-800 hover:bg-blue-50">
            Check my system
          </Link>
          <Link href="/kb" className="rounded-md border border-white/40 px-4 py-2 font-medium hover:bg-white/10">
            Browse articles
          </Link>
        </div>
      </section>
      {isSampleOnly(total) && <LoadArchiveHint total={total} />}
      <section>
        <h2 className="mb-3 text-lg font-semibold">Recently modified articles</h2>
        <ArticleList articles={recent} />
      </section>
    </div>
  );
}
