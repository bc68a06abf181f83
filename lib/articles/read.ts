import type { Queryable } from "../db/queryable";
import { sectionsFromMarkdown } from "../kb/content";
import type { Article, FixedIn, Footer, HotfixFile, Platform } from "../kb/types";

/** An article's row and child rows as stored: the body is the markdown as saved. */
export interface StoredArticleRow extends Omit<Article, "id" | "sections" | "references"> {
  rowId: number;
  kbId: string;
  body: string;
  deletedAt: string | null;
}

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
  hotfixAvailable: number | boolean;
  deletedAt: string | Date | null;
};

/** A list column as createArticleWriter stores it (versions, appliesTo, editions: JSON). */
export const decodeList = (column: string) => JSON.parse(column) as string[];
/** The keywords column (space-separated). */
export const decodeKeywords = (column: string) => column.split(" ").filter(Boolean);
/** The footer column (JSON). */
export const decodeFooter = (column: string) => JSON.parse(column) as Footer;

/** A HotfixFile row as the parser's HotfixFile (the platform column holds a Platform id or null). */
export function decodeFileRow(f: {
  name: string;
  size: number | null;
  platform: string | null;
  date: string | null;
  time: string | null;
  version: string | null;
}): HotfixFile {
  return {
    name: f.name,
    size: f.size,
    platform: f.platform as Platform | null,
    date: f.date,
    time: f.time,
    version: f.version,
  };
}

/** An Article row's own columns, decoded: the fields both the page query and the reader return. */
export function decodeArticleColumns(
  row: Pick<
    ArticleRow,
    | "kbId"
    | "title"
    | "product"
    | "lastModified"
    | "body"
    | "keywords"
    | "versions"
    | "appliesTo"
    | "editions"
    | "footer"
  >,
) {
  const { kbId, title, product, lastModified, body } = row;
  return { kbId, title, product, lastModified, body, ...decodeListColumns(row) };
}

/** The list columns as createArticleWriter stores them (keywords space-separated, the rest JSON), decoded. */
function decodeListColumns(row: Pick<ArticleRow, "keywords" | "versions" | "appliesTo" | "editions" | "footer">) {
  return {
    versions: decodeList(row.versions),
    appliesTo: decodeList(row.appliesTo),
    editions: decodeList(row.editions),
    keywords: decodeKeywords(row.keywords),
    footer: decodeFooter(row.footer),
  };
}

/** A timestamp column as an ISO string: SQLite holds text, PostgreSQL gives a Date. */
export const isoTime = (value: string | Date | null): string | null =>
  value === null ? null : value instanceof Date ? value.toISOString() : value;

// the row's own columns, not PostgreSQL's search vector
const ARTICLE_COLUMNS = `id, "kbId", title, product, "lastModified", body, keywords, versions, "appliesTo", editions, footer, "hotfixAvailable", "deletedAt"`;

/**
 * Reads articles back: the inverse of createArticleWriter().save(), shared by `kb export` and the
 * admin's save service.
 */
export function createArticleReader(db: Queryable) {
  const stored = async (row: ArticleRow): Promise<StoredArticleRow> => ({
    rowId: row.id,
    ...decodeArticleColumns(row),
    files: await db.all<HotfixFile>(
      `SELECT name, size, platform, date, time, version FROM "HotfixFile" WHERE "articleId" = ? ORDER BY position`,
      row.id,
    ),
    // The article's own statements: the rest of its evidence is derived again when it is saved.
    fixedIn: await db.all<FixedIn>(
      `SELECT release, "servicePack" FROM "Evidence" WHERE "articleId" = ? AND kind = 'statement' ORDER BY id`,
      row.id,
    ),
    hotfixAvailable: Boolean(row.hotfixAvailable),
    deletedAt: isoTime(row.deletedAt),
  });

  return {
    /** One article, deleted or not. */
    async find(kbId: string): Promise<StoredArticleRow | null> {
      const row = await db.get<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM "Article" WHERE "kbId" = ?`, kbId);
      return row ? stored(row) : null;
    },
    /** Every live article as the parser's Article, in id order: export then import gives the same database. */
    async *articles(): AsyncGenerator<Article> {
      const ids = await db.all<{ kbId: string }>(
        `SELECT "kbId" FROM "Article" WHERE "deletedAt" IS NULL ORDER BY "kbNumber"`,
      );
      for (const { kbId: id } of ids) {
        const found = await this.find(id);
        if (!found) continue;
        const { rowId, kbId, body, deletedAt: _deleted, ...facts } = found;
        const refs = await db.all<{ targetKbId: string }>(
          `SELECT "targetKbId" FROM "Reference" WHERE "sourceId" = ? ORDER BY "targetKbId"`,
          rowId,
        );
        yield { id: kbId, ...facts, sections: sectionsFromMarkdown(body), references: refs.map((r) => r.targetKbId) };
      }
    },
  };
}
