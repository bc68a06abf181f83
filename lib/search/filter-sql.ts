import { Prisma } from "../generated/prisma/client";
import type { ArticleFilters } from "./filters";

/**
 * WHERE conditions on Article `a` for the shared filters, as parameterized Prisma.sql.
 * Release, service pack and edition come from the normalized AppliesTo rows; platform
 * from the hotfix files shipped for it.
 */
export function filterConditions(f: ArticleFilters): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`a."deletedAt" IS NULL`];
  if (f.product) where.push(Prisma.sql`a.product = ${f.product}`);
  if (f.release || f.sp || f.edition) {
    const applies: Prisma.Sql[] = [Prisma.sql`t."articleId" = a.id`];
    if (f.release) applies.push(Prisma.sql`t.release = ${f.release}`);
    if (f.sp) applies.push(Prisma.sql`t."servicePack" = ${f.sp}`);
    if (f.edition) applies.push(Prisma.sql`t.edition = ${f.edition}`);
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "AppliesTo" t WHERE ${Prisma.join(applies, " AND ")})`);
  }
  if (f.platform)
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "HotfixFile" h WHERE h."articleId" = a.id AND h.platform = ${f.platform})`,
    );
  for (const keyword of [f.keyword, f.issue])
    if (keyword)
      where.push(
        Prisma.sql`EXISTS (SELECT 1 FROM "ArticleKeyword" k WHERE k."articleId" = a.id AND k.keyword = ${keyword})`,
      );
  if (f.hasFiles !== undefined)
    where.push(
      Prisma.sql`${Prisma.raw(f.hasFiles ? "" : "NOT")} EXISTS (SELECT 1 FROM "HotfixFile" h WHERE h."articleId" = a.id)`,
    );
  if (f.fixed !== undefined)
    where.push(
      // A service pack named by any evidence: the article's own text or a live fix list.
      Prisma.sql`${Prisma.raw(f.fixed ? "" : "NOT")} EXISTS (SELECT 1 FROM "Evidence" x JOIN "Article" s ON s.id = x."articleId"
        WHERE x."targetKbId" = a."kbId" AND x."servicePack" IS NOT NULL AND x.kind <> 'hotfix' AND s."deletedAt" IS NULL)`,
    );
  return Prisma.join(where, " AND ");
}
