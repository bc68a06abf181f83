import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/article-list";
import { FilterSidebar } from "@/components/filter-form";
import { Pagination } from "@/components/pagination";
import { QueryError } from "@/components/query-error";
import { browseArticles, listProducts } from "@/lib/articles/browse";
import { facetCounts } from "@/lib/search/facets";
import { browseSchema, firstValues, SORTS } from "@/lib/search/filters";
import { invalidInput } from "@/lib/validations/issues";

export const metadata: Metadata = { title: "Articles" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BrowsePage({ searchParams }: Props) {
  const raw = firstValues(await searchParams);
  const parsed = browseSchema.safeParse(raw);
  const params = parsed.success ? parsed.data : browseSchema.parse({});
  const [{ total, articles, pages }, products, counts] = await Promise.all([
    browseArticles(params),
    listProducts(),
    facetCounts(params),
  ]);
  const { page: _page, ...keep } = raw;
  const sortHref = (sort: string) =>
    `/kb?${new URLSearchParams({ ...keep, sort, dir: params.sort === sort && (params.dir ?? (sort === "date" ? "desc" : "asc")) === "asc" ? "desc" : "asc" })}`;
  return (
    <div className="grid gap-8 md:grid-cols-[14rem_1fr]">
      <FilterSidebar
        action="/kb"
        filters={params}
        products={products}
        counts={counts}
        hidden={{ sort: raw.sort, dir: raw.dir }}
      />
      <section className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-bold">
            Articles{" "}
            <span className="text-base font-normal text-slate-500 dark:text-slate-400" data-testid="result-count">
              {total.toLocaleString("en-US")}
            </span>
          </h1>
          <nav className="flex gap-3 text-sm" aria-label="Sort by">
            Sort:
            {SORTS.map((s) => (
              <Link
                key={s}
                href={sortHref(s)}
                aria-current={params.sort === s ? "true" : undefined}
                className={
                  params.sort === s
                    ? "font-semibold text-blue-700 dark:text-blue-400"
                    : "text-slate-600 hover:underline dark:text-slate-300"
                }
              >
                {s === "id" ? "ID" : s[0].toUpperCase() + s.slice(1)}
              </Link>
            ))}
          </nav>
        </div>
        {!parsed.success && <QueryError error={invalidInput(parsed.error)} />}
        {articles.length > 0 ? (
          <ArticleList articles={articles} />
        ) : (
          <p className="text-slate-500 dark:text-slate-400">No article matches these filters.</p>
        )}
        <Pagination page={params.page} pages={pages} params={keep} path="/kb" />
      </section>
    </div>
  );
}
