import { z } from "zod";
import { ISSUE_TYPE_IDS } from "../kb/issue-types";
import { PLATFORMS } from "../kb/types";
import { EDITION_IDS } from "../nt/editions";
import { RELEASE_IDS } from "../nt/releases";
import { normalizeServicePackId } from "../nt/service-packs";
import { MAX_QUERY_LENGTH } from "./fts-query";

const flag = z.enum(["1", "true", "on", "0", "false", ""]).transform((v) => v === "1" || v === "true" || v === "on");
const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);

/**
 * The filters shared by /kb, /search and /api/search: they live in the URL so a view can be
 * shared. One schema parses them everywhere; an invalid value is named in the error.
 */
export const articleFilterSchema = z.object({
  product: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[a-z0-9]{1,20}$/, "product must be a product tag such as winnt")
      .optional(),
  ),
  release: z.preprocess(
    blankToUndefined,
    z.enum(RELEASE_IDS, { message: `release must be one of ${RELEASE_IDS.join(", ")}` }).optional(),
  ),
  sp: z.preprocess(
    blankToUndefined,
    z
      .string()
      .transform((s, ctx) => {
        const id = normalizeServicePackId(s);
        if (!id) ctx.addIssue({ code: "custom", message: "sp must be a service pack such as SP5, SP6a or SRP" });
        return id ?? z.NEVER;
      })
      .optional(),
  ),
  edition: z.preprocess(
    blankToUndefined,
    z.enum(EDITION_IDS, { message: `edition must be one of ${EDITION_IDS.join(", ")}` }).optional(),
  ),
  platform: z.preprocess(
    blankToUndefined,
    z.enum(PLATFORMS, { message: `platform must be one of ${PLATFORMS.join(", ")}` }).optional(),
  ),
  keyword: z.preprocess(
    blankToUndefined,
    z
      .string()
      .max(60, "keyword is too long")
      .transform((k) => k.toLowerCase())
      .optional(),
  ),
  issue: z.preprocess(
    blankToUndefined,
    z.enum(ISSUE_TYPE_IDS, { message: `issue must be one of ${ISSUE_TYPE_IDS.join(", ")}` }).optional(),
  ),
  hasFiles: flag.optional(),
  fixed: flag.optional(),
});

export type ArticleFilters = z.infer<typeof articleFilterSchema>;

export const SORTS = ["id", "title", "date"] as const;

export const browseSchema = articleFilterSchema.extend({
  sort: z.preprocess(blankToUndefined, z.enum(SORTS, { message: "sort must be id, title or date" }).default("id")),
  dir: z.preprocess(blankToUndefined, z.enum(["asc", "desc"], { message: "dir must be asc or desc" }).optional()),
  page: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: "page must be a number" })
      .int("page must be a whole number")
      .min(1, "page must be 1 or more")
      .max(100_000)
      .default(1),
  ),
});

export const searchSchema = articleFilterSchema.extend({
  q: z.preprocess((v) => (typeof v === "string" ? v.slice(0, MAX_QUERY_LENGTH * 20) : ""), z.string()),
  /** the last word is still being typed (search as you type): it matches as a prefix */
  typing: flag.optional().transform((v) => v ?? false),
  limit: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: "limit must be a number" })
      .int("limit must be a whole number")
      .min(1, "limit must be between 1 and 100")
      .max(100, "limit must be between 1 and 100")
      .default(20),
  ),
  offset: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: "offset must be a number" })
      .int("offset must be a whole number")
      .min(0, "offset must be 0 or more")
      .max(10_000, "offset must be at most 10000")
      .default(0),
  ),
});

export type BrowseParams = z.infer<typeof browseSchema>;
export type SearchParams = z.infer<typeof searchSchema>;

/**
 * URLSearchParams or Next's searchParams object → plain first-value record for the schemas. A NUL
 * is dropped: it means nothing in a query, and PostgreSQL refuses it in any text.
 */
export function firstValues(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = input instanceof URLSearchParams ? [...input] : Object.entries(input);
  for (const [k, v] of entries) {
    const value = Array.isArray(v) ? (v[0] ?? "") : v;
    if (value !== undefined && !(k in out)) out[k] = value.replaceAll("\0", "");
  }
  return out;
}
