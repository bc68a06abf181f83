import type Database from "better-sqlite3";
import type { Platform } from "../kb/types";
import { EMPTY_FOOTER, type ArticleInput } from "./article-schema";

export interface StoredArticle {
  rowId: number;
  input: ArticleInput;
  deletedAt: string | null;
  /** latest revision number; 0 when the article was imported and never edited here */
  revision: number;
}

interface ArticleRow {
  id: number;
  kbId: string;
  title: string;
  product: string;
  lastModified: string | null;
  body: string;
  keywords: string;
  versions: string;
  appliesTo: string;
  editions: string;
  footer: string;
  hotfixAvailable: number;
  deletedAt: string | null;
}

/** The article as the database holds it now, deleted or not, in the admin's input shape. */
export function loadStoredArticle(db: Database.Database, kbId: string): StoredArticle | null {
  const row = db.prepare<[string], ArticleRow>(`SELECT * FROM "Article" WHERE kbId = ?`).get(kbId);
  if (!row) return null;
  const files = db
    .prepare<[number], { name: string; size: number | null; platform: Platform | null; date: string | null; time: string | null; version: string | null }>(
      `SELECT name, size, platform, date, time, version FROM "HotfixFile" WHERE articleId = ? ORDER BY position`,
    )
    .all(row.id);
  const fixedIn = db
    .prepare<[number], { release: string | null; servicePack: string }>(`SELECT release, servicePack FROM "FixedIn" WHERE articleId = ? ORDER BY id`)
    .all(row.id);
  const revision = db.prepare<[number], { n: number | null }>(`SELECT max(number) AS n FROM "Revision" WHERE articleId = ?`).get(row.id)?.n ?? 0;
  // Not validated: an imported article may hold values the form refuses; the editor
  // sees them and fixes them on the next save.
  const input: ArticleInput = {
    id: row.kbId,
    title: row.title,
    product: row.product,
    lastModified: row.lastModified,
    versions: JSON.parse(row.versions),
    appliesTo: JSON.parse(row.appliesTo),
    editions: JSON.parse(row.editions),
    keywords: row.keywords.split(" ").filter(Boolean),
    fixedIn,
    hotfixAvailable: row.hotfixAvailable === 1,
    body: row.body,
    files,
    footer: { ...EMPTY_FOOTER, ...JSON.parse(row.footer) },
  };
  return { rowId: row.id, input, deletedAt: row.deletedAt, revision };
}
