import { createArticleReader } from "../articles/read";
import type { Queryable } from "../db/queryable";
import { articleReads } from "../db/transaction";
import { EMPTY_FOOTER, type ArticleInput } from "./article-schema";

export interface StoredArticle {
  rowId: number;
  input: ArticleInput;
  deletedAt: string | null;
  /** latest revision number; 0 when the article was imported and never edited here */
  revision: number;
}

/** The article as `db` holds it now, deleted or not: for a save's transaction. */
export async function readStoredArticle(db: Queryable, kbId: string): Promise<StoredArticle | null> {
  // the revision first: outside a transaction a save may commit between the reads, and then the
  // text is newer than the revision, which makes the editor's next save a conflict, not a loss
  const latest = await db.get<{ n: number | null }>(
    `SELECT max(r.number) AS n FROM "Revision" r JOIN "Article" a ON a.id = r."articleId" WHERE a."kbId" = ?`,
    kbId,
  );
  const row = await createArticleReader(db).find(kbId);
  if (!row) return null;
  const { rowId, kbId: id, deletedAt, footer, ...fields } = row;
  // Not validated: an imported article may hold values the form refuses; the editor
  // sees them and fixes them on the next save.
  const input: ArticleInput = { id, ...fields, footer: { ...EMPTY_FOOTER, ...footer } };
  return { rowId, input, deletedAt, revision: Number(latest?.n ?? 0) };
}

/** The article in the admin's input shape, deleted or not, with its latest revision number. */
export function getStoredArticle(kbId: string): Promise<StoredArticle | null> {
  return readStoredArticle(articleReads(), kbId);
}
