import type Database from "better-sqlite3";
import { createArticleReader } from "../articles/read";
import { sqlite } from "../db/client";
import { EMPTY_FOOTER, type ArticleInput } from "./article-schema";

export interface StoredArticle {
  rowId: number;
  input: ArticleInput;
  deletedAt: string | null;
  /** latest revision number; 0 when the article was imported and never edited here */
  revision: number;
}

/** The article as `db` holds it now, deleted or not: for a save's transaction. */
export function readStoredArticle(db: Database.Database, kbId: string): StoredArticle | null {
  const row = createArticleReader(db).find(kbId);
  if (!row) return null;
  const revision =
    db
      .prepare<[number], { n: number | null }>(`SELECT max(number) AS n FROM "Revision" WHERE articleId = ?`)
      .get(row.rowId)?.n ?? 0;
  const { rowId, kbId: id, deletedAt, footer, ...fields } = row;
  // Not validated: an imported article may hold values the form refuses; the editor
  // sees them and fixes them on the next save.
  const input: ArticleInput = { id, ...fields, footer: { ...EMPTY_FOOTER, ...footer } };
  return { rowId, input, deletedAt, revision };
}

/** The article in the admin's input shape, deleted or not, with its latest revision number. */
export async function getStoredArticle(kbId: string): Promise<StoredArticle | null> {
  return readStoredArticle(sqlite(), kbId);
}
