import "server-only";
import { cache } from "react";
import { cacheUntilDataChanges } from "../cache/until-data-changes";
import { prisma } from "../db/client";
import type { Footer, HotfixFile } from "../kb/types";
import { decodeArticleColumns, decodeFileRow } from "./read";

export interface ArticleSummary {
  kbId: string;
  title: string;
  product: string;
  lastModified: string | null;
}

export interface ArticleLink {
  kbId: string;
  /** null when the cited article is not in the database */
  title: string | null;
}

export interface ArticleDetail extends ArticleSummary {
  body: string;
  keywords: string[];
  versions: string[];
  appliesTo: string[];
  editions: string[];
  footer: Footer;
  hotfixAvailable: boolean;
  files: HotfixFile[];
  references: ArticleLink[];
  referencedBy: ArticleLink[];
  updatedAt: Date;
}

const summarySelect = { kbId: true, title: true, product: true, lastModified: true } as const;

const counted = cacheUntilDataChanges<number>(1);

/** How many live articles there are: a scan of the table, so once per change of the data. */
export function countArticles(): Promise<number> {
  return counted("", () => prisma.article.count({ where: { deletedAt: null } }));
}

export async function recentArticles(take: number): Promise<ArticleSummary[]> {
  return prisma.article.findMany({
    where: { deletedAt: null },
    orderBy: [{ lastModified: "desc" }, { kbNumber: "desc" }],
    take,
    select: summarySelect,
  });
}

/** One article with its files, fixes and both directions of references; deduplicated per request. */
export const getArticle = cache(async (kbId: string): Promise<ArticleDetail | null> => {
  const row = await prisma.article.findFirst({
    where: { kbId, deletedAt: null },
    include: {
      files: { orderBy: { position: "asc" } },
      references: { orderBy: { targetKbId: "asc" } },
    },
  });
  if (!row) return null;
  const targets = row.references.map((r) => r.targetKbId);
  const [known, citing] = await Promise.all([
    prisma.article.findMany({ where: { kbId: { in: targets }, deletedAt: null }, select: { kbId: true, title: true } }),
    // from the Reference side: `article where references some` scans every article (13 ms)
    prisma.reference.findMany({
      where: { targetKbId: kbId, source: { deletedAt: null } },
      select: { source: { select: { kbId: true, title: true, kbNumber: true } } },
    }),
  ]);
  const titles = new Map(known.map((a) => [a.kbId, a.title]));
  return {
    ...decodeArticleColumns(row),
    hotfixAvailable: row.hotfixAvailable,
    files: row.files.map(decodeFileRow),
    references: targets.map((t) => ({ kbId: t, title: titles.get(t) ?? null })),
    referencedBy: citing
      .map((r) => r.source)
      .sort((a, b) => a.kbNumber - b.kbNumber)
      .map(({ kbId, title }) => ({ kbId, title })),
    updatedAt: row.updatedAt,
  };
});

export interface FileShipment {
  kbId: string;
  title: string;
  file: HotfixFile;
}

/** Every article that ships a file of this name (any case), newest file first within each platform. */
export async function articlesShippingFile(name: string): Promise<FileShipment[]> {
  const rows = await prisma.hotfixFile.findMany({
    where: { nameKey: name.toLowerCase(), article: { deletedAt: null } },
    orderBy: [{ platform: "asc" }, { date: "desc" }, { version: "desc" }],
    include: { article: { select: { kbId: true, title: true } } },
  });
  return rows.map((f) => ({
    kbId: f.article.kbId,
    title: f.article.title,
    file: decodeFileRow(f),
  }));
}

export interface FeedEntry extends ArticleSummary {
  updatedAt: Date;
  keywords: string;
}

export async function recentlyModified(take: number): Promise<FeedEntry[]> {
  return prisma.article.findMany({
    where: { deletedAt: null },
    orderBy: [{ lastModified: "desc" }, { updatedAt: "desc" }],
    take,
    select: { ...summarySelect, updatedAt: true, keywords: true },
  });
}
