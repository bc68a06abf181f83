import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { FilterSidebar } from "@/components/filter-form";
import { QueryError } from "@/components/query-error";
import { listProducts } from "@/lib/articles/browse";
import { productName } from "@/lib/kb/products";
import { countedResults, searchFacets, type Words } from "@/lib/search/facets";
import { firstValues, searchSchema } from "@/lib/search/filters";
import { invalidInput } from "@/lib/validations/issues";
import { articleIdFromQuery, COUNT_CAP, type SearchResult, searchArticles } from "@/lib/search/search";

const many = (n: number) => (n > COUNT_CAP ? `${COUNT_CAP.toLocaleString("en-US")}+` : n.toLocaleString("en-US"));

const articles = (n: number) => `${many(n)} ${n === 1 ? "article" : "articles"}`;

/**
 * "12 articles with every word, 1,000+ with some": the first number is what the filters count
 * (`words`). Results are ranked best first whether or not they have every word.
 */
function resultCount(result: SearchResult, words: Words): string {
  const counted = countedResults(result, words);
  if (words === "some") return `${articles(counted)} with some of your words (none has all but one)`;
  if (counted === result.total) return articles(counted);
  const which = words === "every" ? "every word" : "all but one of your words";
  return `${articles(counted)} with ${which}, ${many(result.total)} with some`;
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = firstValues(await searchParams).q?.slice(0, 80);
  return { title: q ? `Search: ${q}` : "Search" };
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = firstValues(await searchParams);
  const parsed = searchSchema.safeParse(raw);
  const params = parsed.success ? parsed.data : searchSchema.parse({ q: raw.q });
  const direct = await articleIdFromQuery(params.q);
  if (direct) redirect(`/kb/${direct}`);
  const [result, products] = await Promise.all([searchArticles(params), listProducts()]);
  const { counts, words } = await searchFacets(params);
  const { offset: _o, ...keep } = raw;
  const page = (offset: number) => `/search?${new URLSearchParams({ ...keep, offset: String(offset) })}`;
  return (
    <div className="grid gap-8 md:grid-cols-[14rem_1fr]">
      <FilterSidebar action="/search" filters={params} products={products} counts={counts} hidden={{ q: params.q }} />
      <section className="min-w-0 space-y-4">
        <h1 className="text-2xl font-bold">{params.q ? <>Results for “{params.q.slice(0, 120)}”</> : "Search"}</h1>
        {!parsed.success && <QueryError error={invalidInput(parsed.error)} />}
        {params.q && (
          <p className="text-sm text-slate-500 dark:text-slate-400" data-testid="result-count">
            {resultCount(result, words)}
          </p>
        )}
        {!params.q && (
          <p className="text-slate-500 dark:text-slate-400">
            Type words, a phrase in quotes, a Q number or a file name such as rassrv.exe.
          </p>
        )}
        <ol className="space-y-4" data-testid="search-results">
          {result.hits.map((hit) => (
            <li
              key={hit.kbId}
              className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900"
            >
              <div className="flex flex-wrap items-baseline gap-x-3">
                <span className="font-mono text-sm text-slate-500 dark:text-slate-400">{hit.kbId}</span>
                <Link
                  href={`/kb/${hit.kbId}${hit.section ? `#${hit.section}` : ""}`}
                  className="font-medium text-blue-700 hover:underline dark:text-blue-400"
                >
                  {hit.title}
                </Link>
                <span className="ml-auto text-xs text-slate-500 dark:text-slate-400">
                  {productName(hit.product)} · {hit.lastModified ?? "undated"}
                </span>
              </div>
              <p
                className="mt-2 text-sm text-slate-700 dark:text-slate-300"
                // biome-ignore lint/security/noDangerouslySetInnerHtml: snippetHtml escapes the text and adds only <mark>
                dangerouslySetInnerHTML={{ __html: hit.snippet }}
              />
            </li>
          ))}
        </ol>
        {(params.offset > 0 || params.offset + params.limit < result.total) && (
          <nav aria-label="Pagination" className="flex justify-between text-sm">
            {params.offset > 0 ? (
              <Link className="underline" href={page(Math.max(0, params.offset - params.limit))}>
                ← Previous
              </Link>
            ) : (
              <span />
            )}
            {params.offset + params.limit < result.total ? (
              <Link className="underline" href={page(params.offset + params.limit)}>
                Next →
              </Link>
            ) : (
              <span />
            )}
          </nav>
        )}
      </section>
    </div>
  );
}
