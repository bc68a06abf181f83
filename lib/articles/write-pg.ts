import type pg from "pg";
import type { ArticleRows } from "./rows";
import type { SaveCounts } from "./write";

export type SavedArticle = { id: number; created: boolean } & SaveCounts;

const ARTICLE_COLUMNS = [
  ["kbId", "text"],
  ["kbNumber", "int"],
  ["title", "text"],
  ["product", "text"],
  ["lastModified", "text"],
  ["body", "text"],
  ["keywords", "text"],
  ["fileNames", "text"],
  ["versions", "text"],
  ["appliesTo", "text"],
  ["editions", "text"],
  ["footer", "text"],
  ["hotfixAvailable", "boolean"],
] as const;

type Column = readonly [name: string, type: string];

/**
 * One multi-row INSERT from parallel arrays (`unnest`): a batch of 500 articles and their
 * thousands of child rows is six statements, not thousands of round trips.
 */
async function insertRows(
  client: pg.PoolClient,
  table: string,
  columns: readonly Column[],
  rows: unknown[][],
  tail = "",
): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  await client.query(
    `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays}) ${tail}`,
    columns.map((_, i) => rows.map((row) => row[i])),
  );
}

/**
 * Inserts or replaces a batch of articles with all their rows, on PostgreSQL, inside the
 * caller's transaction: what createArticleWriter does on SQLite, batched. The FTS side and the
 * content version follow through the database's own triggers.
 */
export async function saveArticleRows(client: pg.PoolClient, batch: ArticleRows[]): Promise<SavedArticle[]> {
  // the last of an id wins, as one at a time would have it (one statement cannot upsert a row twice)
  const byId = new Map(batch.map((rows) => [rows.article.kbId, rows]));
  const list = [...byId.values()];
  if (list.length === 0) return [];
  const names = ARTICLE_COLUMNS.map(([name]) => `"${name}"`).join(", ");
  const arrays = ARTICLE_COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  const updates = ARTICLE_COLUMNS.filter(([name]) => name !== "kbId")
    .map(([name]) => `"${name}" = EXCLUDED."${name}"`)
    .join(", ");
  // the time in UTC, as the SQLite writer and Prisma write it (now() would be the session's zone)
  const now = `$${ARTICLE_COLUMNS.length + 1}::timestamp`;
  const { rows: saved } = await client.query<{ id: number; kbId: string; created: boolean }>(
    `INSERT INTO "Article" (${names}, "createdAt", "updatedAt")
     SELECT *, ${now}, ${now} FROM unnest(${arrays})
     ON CONFLICT ("kbId") DO UPDATE SET ${updates}, "updatedAt" = ${now}, "deletedAt" = NULL
     RETURNING id, "kbId", (xmax = 0) AS created`,
    [
      ...ARTICLE_COLUMNS.map(([name]) =>
        list.map((rows) => {
          const value = rows.article[name];
          return name === "hotfixAvailable" ? value === 1 : value;
        }),
      ),
      new Date().toISOString().replace("Z", ""),
    ],
  );
  const idOf = new Map(saved.map((s) => [s.kbId, s.id]));
  const ids = saved.map((s) => s.id);
  for (const [table, column] of [
    ["HotfixFile", "articleId"],
    ["Evidence", "articleId"],
    ["Reference", "sourceId"],
    ["ArticleKeyword", "articleId"],
    ["AppliesTo", "articleId"],
  ])
    await client.query(`DELETE FROM "${table}" WHERE "${column}" = ANY($1::int[])`, [ids]);
  const each = <T>(rows: (r: ArticleRows, id: number) => T[]) =>
    list.flatMap((r) => rows(r, idOf.get(r.article.kbId) as number));
  await insertRows(
    client,
    "HotfixFile",
    [
      ["articleId", "int"],
      ["position", "int"],
      ["name", "text"],
      ["nameKey", "text"],
      ["size", "int"],
      ["platform", "text"],
      ["date", "text"],
      ["time", "text"],
      ["version", "text"],
    ],
    each((r, id) =>
      r.files.map((f, i) => [id, i, f.name, f.name.toLowerCase(), f.size, f.platform, f.date, f.time, f.version]),
    ),
  );
  await insertRows(
    client,
    "Evidence",
    [
      ["articleId", "int"],
      ["targetKbId", "text"],
      ["kind", "text"],
      ["release", "text"],
      ["edition", "text"],
      ["servicePack", "text"],
      ["quote", "text"],
      ["section", "text"],
    ],
    each((r, id) =>
      r.evidence.map((e) => [
        id,
        e.target ?? r.article.kbId,
        e.kind,
        e.release,
        e.edition,
        e.servicePack,
        e.quote,
        e.section,
      ]),
    ),
  );
  await insertRows(
    client,
    "Reference",
    [
      ["sourceId", "int"],
      ["targetKbId", "text"],
    ],
    each((r, id) => r.references.map((ref) => [id, ref])),
    "ON CONFLICT DO NOTHING",
  );
  await insertRows(
    client,
    "ArticleKeyword",
    [
      ["articleId", "int"],
      ["keyword", "text"],
    ],
    each((r, id) => r.keywords.map((k) => [id, k])),
    "ON CONFLICT DO NOTHING",
  );
  await insertRows(
    client,
    "AppliesTo",
    [
      ["articleId", "int"],
      ["release", "text"],
      ["servicePack", "text"],
      ["edition", "text"],
    ],
    each((r, id) => r.targets.map((t) => [id, t.release, t.servicePack, t.edition])),
  );
  const createdOf = new Map(saved.map((s) => [s.kbId, s.created]));
  return list.map((r) => ({
    id: idOf.get(r.article.kbId) as number,
    created: createdOf.get(r.article.kbId) ?? false,
    files: r.files.length,
    fixedIn: r.fixedIn,
    evidence: r.evidence.length,
    references: r.references.length,
  }));
}
