import "server-only";
import { decodeFileRow, decodeFooter, decodeList } from "../articles/read";
import { prisma } from "../db/client";
import { dataVersion } from "../db/data-version";
import type { FixedIn, HotfixFile } from "../kb/types";
import { Catalog } from "./catalog";
import type { ArticleFacts } from "./facts";

// Rebuilt only when the database changed (see dataVersion).
let cached: { version: number; catalog: Promise<Catalog> } | null = null;

async function load(): Promise<Catalog> {
  const [articles, files, fixes] = await Promise.all([
    prisma.$queryRaw<
      {
        id: number;
        kbId: string;
        title: string;
        lastModified: string | null;
        versions: string;
        appliesTo: string;
        footer: string;
        hotfixAvailable: number | boolean;
      }[]
    >`
      SELECT id, kbId, title, lastModified, versions, appliesTo, footer, hotfixAvailable FROM "Article" WHERE deletedAt IS NULL`,
    prisma.$queryRaw<(HotfixFile & { articleId: number })[]>`
      SELECT articleId, name, size, platform, date, time, version FROM "HotfixFile" ORDER BY articleId, position`,
    prisma.$queryRaw<
      (FixedIn & { articleId: number })[]
    >`SELECT articleId, release, servicePack FROM "FixedIn" ORDER BY id`,
  ]);
  const filesOf = group(files);
  const fixesOf = group(fixes);
  const facts: ArticleFacts[] = articles.map((a) => ({
    id: a.kbId,
    title: a.title,
    lastModified: a.lastModified,
    versions: decodeList(a.versions),
    appliesTo: decodeList(a.appliesTo),
    hardware: decodeFooter(a.footer).hardware ?? [],
    files: (filesOf.get(a.id) ?? []).map(decodeFileRow),
    fixedIn: (fixesOf.get(a.id) ?? []).map(({ release, servicePack }) => ({ release, servicePack })),
    hotfixAvailable: Boolean(a.hotfixAvailable),
  }));
  return new Catalog(facts);
}

function group<T extends { articleId: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const r of rows) {
    const list = map.get(r.articleId);
    if (list) list.push(r);
    else map.set(r.articleId, [r]);
  }
  return map;
}

/** The current catalog of article facts, loaded once per database change. */
export async function getCatalog(): Promise<Catalog> {
  const version = dataVersion();
  if (!cached || cached.version !== version) {
    const catalog = load();
    cached = { version, catalog };
    catalog.catch(() => (cached = null));
  }
  return cached.catalog;
}
