import { productName } from "@/lib/kb/products";
import Link from "next/link";
import type { ArticleDetail } from "@/lib/articles/queries";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[8rem_1fr] gap-2 py-1.5">
      <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ArticleMeta({ article }: { article: ArticleDetail }) {
  return (
    <dl className="divide-y divide-slate-200 text-sm dark:divide-slate-800">
      <Row label="Article">{article.kbId}</Row>
      <Row label="Product">{productName(article.product)}</Row>
      <Row label="Last modified">{article.lastModified ?? "unknown"}</Row>
      {article.versions.length > 0 && <Row label="Versions">{article.versions.join(", ")}</Row>}
      {article.editions.length > 0 && <Row label="Editions">{article.editions.join(", ")}</Row>}
      {article.appliesTo.length > 0 && (
        <Row label="Applies to">
          <ul className="space-y-1">
            {article.appliesTo.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Row>
      )}
      {article.keywords.length > 0 && (
        <Row label="Keywords">
          <ul className="flex flex-wrap gap-1">
            {article.keywords.map((k) => (
              <li key={k}>
                <Link
                  href={`/kb?keyword=${encodeURIComponent(k)}`}
                  className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 hover:bg-blue-100 dark:bg-slate-800 dark:text-slate-300"
                >
                  {k}
                </Link>
              </li>
            ))}
          </ul>
        </Row>
      )}
    </dl>
  );
}
