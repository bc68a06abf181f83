import "server-only";
import { decodeFileRow, decodeFooter, decodeKeywords, decodeList } from "../articles/read";
import { prisma } from "../db/client";
import { dataVersion } from "../db/data-version";
import type { FixEvidence, HotfixFile } from "../kb/types";
import { Catalog } from "./catalog";
import { toFacts } from "./to-facts";

// Rebuilt only when the database changed (see dataVersion).
let cached: { version: number; catalog: Promise<Catalog> } | null = null;

async function load(): Promise<Catalog> {
  const [articles, files, evidence] = await Promise.all([
    prisma.$queryRaw<
      {
        id: number;
        kbId: string;
        title: string;
        lastModified: string | null;
        versions: string;
        appliesTo: string;
        keywords: string;
        footer: string;
        hotfixAvailable: number | boolean;
      }[]
    >`
      SELECT id, "kbId", title, "lastModified", versions, "appliesTo", keywords, footer, "hotfixAvailable" FROM "Article" WHERE "deletedAt" IS NULL`,
    prisma.$queryRaw<(HotfixFile & { articleId: number })[]>`
      SELECT "articleId", name, size, platform, date, time, version FROM "HotfixFile" ORDER BY "articleId", position`,
    // Evidence of live articles only: a deleted fix list no longer vouches for anything.
    prisma.$queryRaw<(Omit<FixEvidence, "target"> & { targetKbId: string; sourceId: string; sourceTitle: string })[]>`
      SELECT e."targetKbId", e.kind, e.release, e.edition, e."servicePack", e.quote, e.section, a."kbId" AS "sourceId", a.title AS "sourceTitle"
      FROM "Evidence" e JOIN "Article" a ON a.id = e."articleId" WHERE a."deletedAt" IS NULL ORDER BY e.id`,
  ]);
  const filesOf = new Map<number, HotfixFile[]>();
  for (const { articleId, ...f } of files) {
    const list = filesOf.get(articleId);
    if (list) list.push(decodeFileRow(f));
    else filesOf.set(articleId, [decodeFileRow(f)]);
  }
  const facts = toFacts(
    articles.map((a) => ({
      id: a.kbId,
      title: a.title,
      lastModified: a.lastModified,
      versions: decodeList(a.versions),
      appliesTo: decodeList(a.appliesTo),
      keywords: decodeKeywords(a.keywords),
      footer: decodeFooter(a.footer),
      files: filesOf.get(a.id) ?? [],
      hotfixAvailable: Boolean(a.hotfixAvailable),
    })),
    evidence.map(({ targetKbId, sourceId, sourceTitle, ...e }) => ({
      ...e,
      target: targetKbId,
      source: { id: sourceId, title: sourceTitle },
    })),
  );
  return new Catalog(facts);
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
