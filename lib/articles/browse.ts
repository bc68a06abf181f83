import "server-only";
import { cacheUntilDataChanges } from "../cache/until-data-changes";
import { prisma } from "../db/client";
import { dialect } from "../db/dialect";
import { Prisma } from "../generated/prisma/client";
import { filterConditions } from "../search/filter-sql";
import type { BrowseParams } from "../search/filters";
import { productName } from "../kb/products";
import type { ArticleSummary } from "./queries";

export const PAGE_SIZE = 50;

const ORDER = {
  id: { column: () => `a."kbNumber"`, dir: "asc" },
  title: { column: () => dialect().caseless("a.title"), dir: "asc" },
  date: { column: () => `a."lastModified"`, dir: "desc" },
} as const;

/** One page of the article list under the URL's filters and sort. */
export async function browseArticles(
  p: BrowseParams,
): Promise<{ total: number; articles: ArticleSummary[]; pages: number }> {
  const where = filterConditions(p);
  const order = ORDER[p.sort];
  const dir = p.dir ?? order.dir;
  const orderBy = Prisma.raw(`${order.column()} ${dir === "asc" ? "ASC" : "DESC"}, a."kbNumber" ASC`);
  const [articles, total] = await Promise.all([
    prisma.$queryRaw<ArticleSummary[]>`
      SELECT a."kbId", a.title, a.product, a."lastModified"
      FROM "Article" a WHERE ${where} ORDER BY ${orderBy}
      LIMIT ${PAGE_SIZE} OFFSET ${(p.page - 1) * PAGE_SIZE}`,
    // every page and sort order of a filter has the same count: a scan of the table, once
    counts(JSON.stringify(where.values) + where.sql, async () => {
      const rows = await prisma.$queryRaw<
        { n: number | bigint }[]
      >`SELECT count(*) AS n FROM "Article" a WHERE ${where}`;
      return Number(rows[0]?.n ?? 0);
    }),
  ]);
  return { total, articles, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

const counts = cacheUntilDataChanges<number>(200);
const products = cacheUntilDataChanges<ProductCount[]>(1);

/** A product tag with its name and how many live articles it has. */
export interface ProductCount {
  id: string;
  label: string;
  count: number;
}

/** The products in the database, for the filter's choices: largest first. */
export function listProducts(): Promise<ProductCount[]> {
  return products("", async () => {
    const rows = await prisma.article.groupBy({
      by: ["product"],
      where: { deletedAt: null },
      _count: { _all: true },
    });
    return rows
      .map((r) => ({ id: r.product, label: productName(r.product), count: r._count._all }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  });
}
