import { isoTime } from "../articles/read";
import { prisma } from "../db/client";
import { failure } from "../errors";
import type { ArticleInput } from "./article-schema";
import { saveArticle, type Editor, type SaveResult } from "./save-article";

export interface RevisionInfo {
  number: number;
  createdAt: string;
  /** null for the base revision of an imported article, or a removed user */
  author: string | null;
  summary: string;
}

/** Newest first. */
export async function listRevisions(kbId: string): Promise<RevisionInfo[]> {
  const rows = await prisma.$queryRaw<(Omit<RevisionInfo, "createdAt"> & { createdAt: string | Date })[]>`
    SELECT r.number, r."createdAt", u.email AS author, r.summary
    FROM "Revision" r JOIN "Article" a ON a.id = r."articleId" LEFT JOIN "User" u ON u.id = r."userId"
    WHERE a."kbId" = ${kbId} ORDER BY r.number DESC`;
  return rows.map((r) => ({ ...r, number: Number(r.number), createdAt: isoTime(r.createdAt) ?? "" }));
}

/** The article as revision `number` saved it. */
export async function getRevision(kbId: string, number: number): Promise<ArticleInput | null> {
  const [row] = await prisma.$queryRaw<{ snapshot: string }[]>`
    SELECT r.snapshot FROM "Revision" r JOIN "Article" a ON a.id = r."articleId" WHERE a."kbId" = ${kbId} AND r.number = ${number}`;
  return row ? (JSON.parse(row.snapshot) as ArticleInput) : null;
}

/** Saves an old revision's content as a new revision; history is never rewritten. */
export async function restoreRevision(
  kbId: string,
  number: number,
  baseRevision: number,
  editor: Editor,
  ip?: string,
): Promise<SaveResult> {
  const input = await getRevision(kbId, number);
  if (!input) return failure("not-found", `${kbId} has no revision ${number}`);
  return saveArticle({ mode: "update", kbId, baseRevision, input, editor, ip, restoredFrom: number });
}
