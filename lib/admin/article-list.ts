import "server-only";
import { prisma } from "../db/client";
import { databaseProvider } from "../env";

const caseless = databaseProvider() === "postgresql" ? ({ mode: "insensitive" } as const) : {};
import { normalizeKbId } from "../articles/id";

export interface AdminArticleRow {
  kbId: string;
  title: string;
  lastModified: string | null;
  updatedAt: Date;
  deletedAt: Date | null;
}

/** Admin's article list, deleted ones included: by exact id when the query is one, else by title words. */
export async function findAdminArticles(query: string, take = 50): Promise<AdminArticleRow[]> {
  const kbId = normalizeKbId(query);
  // a NUL is in no title, and PostgreSQL refuses it in any text
  const words = query.replaceAll("\0", "").trim().split(/\s+/).filter(Boolean);
  return prisma.article.findMany({
    // SQLite's LIKE ignores case, PostgreSQL's must be asked to
    where: kbId ? { kbId } : { AND: words.map((w) => ({ title: { contains: w, ...caseless } })) },
    orderBy: query ? { kbNumber: "asc" } : { updatedAt: "desc" },
    take,
    select: { kbId: true, title: true, lastModified: true, updatedAt: true, deletedAt: true },
  });
}
