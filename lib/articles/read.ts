import type Database from "better-sqlite3";
import { sectionsFromMarkdown } from "../kb/content";
import type { Article, FixedIn, HotfixFile } from "../kb/types";

type ArticleRow = {
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
};

/**
 * Every live article back as the parser's Article, for `kb export`: the exact inverse of
 * createArticleWriter().save(), so export then import leaves the database as it was.
 */
export function* readAllArticles(db: Database.Database): Generator<Article> {
  const files = db.prepare<[number], HotfixFile>(`SELECT name, size, platform, date, time, version FROM "HotfixFile" WHERE articleId = ? ORDER BY position`);
  const fixes = db.prepare<[number], FixedIn>(`SELECT release, servicePack FROM "FixedIn" WHERE articleId = ? ORDER BY id`);
  const refs = db.prepare<[number], { targetKbId: string }>(`SELECT targetKbId FROM "Reference" WHERE sourceId = ? ORDER BY targetKbId`);
  const rows = db.prepare<[], ArticleRow>(`SELECT * FROM "Article" WHERE deletedAt IS NULL ORDER BY kbNumber`);
  for (const row of rows.iterate()) {
    yield {
      id: row.kbId,
      title: row.title,
      product: row.product,
      lastModified: row.lastModified,
      versions: JSON.parse(row.versions),
      appliesTo: JSON.parse(row.appliesTo),
      editions: JSON.parse(row.editions),
      keywords: row.keywords.split(" ").filter(Boolean),
      footer: JSON.parse(row.footer),
      sections: sectionsFromMarkdown(row.body),
      files: files.all(row.id),
      fixedIn: fixes.all(row.id),
      hotfixAvailable: Boolean(row.hotfixAvailable),
      references: refs.all(row.id).map((r) => r.targetKbId),
    };
  }
}
