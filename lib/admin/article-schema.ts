import { z } from "zod";
import { articleSchema, fixedInSchema, footerSchema, hotfixFileSchema, isoDate } from "../validations/article";

// What the admin form, its server action and the write API accept, so a field is accepted or
// refused the same way everywhere: the stored article (lib/validations/article.ts) plus the
// markdown body, with stricter rules for what people type. Lists, the product, the footer and
// hotfixAvailable may be left out (empty, "winnt", empty, false); unknown keys are dropped.

function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const realDate = isoDate.refine(isRealDate, "is not a real date");

const optionalText = z.string().trim().max(200).nullable();

const hotfixFileInput = hotfixFileSchema
  .extend({
    name: z
      .string()
      .trim()
      .min(1, "is required")
      .max(255)
      .regex(/^[^\\/:*?"<>|\s]+$/, "must be a file name without spaces or path characters"),
    date: realDate.nullable(),
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM (24-hour)")
      .nullable(),
    version: optionalText,
  })
  .strip();

const fixedInInput = fixedInSchema
  .extend({
    release: z
      .string()
      .regex(/^\d+(\.\d+)?$/, "release must look like 4.0")
      .nullable(),
    servicePack: z.string().regex(/^(SP\d+[a-z]?|latest)$/, 'must be a service pack such as "SP6a" or "latest"'),
  })
  .strip();

export const EMPTY_FOOTER: z.infer<typeof footerSchema> = {
  keywords: [],
  technology: [],
  version: null,
  hardware: [],
  issueType: null,
  solutionType: null,
};

const list = z.array(z.string().trim().min(1).max(300)).max(200).default([]);

export const articleInputSchema = articleSchema
  .extend({
    id: z.string().regex(/^Q[1-9]\d{0,6}$/, 'must be "Q" followed by the article number, e.g. Q244717'),
    title: z.string().trim().min(1, "is required").max(300),
    product: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "must be a lower-case product tag such as winnt")
      .default("winnt"),
    lastModified: realDate.nullable(),
    versions: list,
    appliesTo: list,
    editions: list,
    keywords: z
      .array(z.string().regex(/^\S{1,60}$/, "keywords are single words"))
      .max(100)
      .default([]),
    fixedIn: z.array(fixedInInput).max(50).default([]),
    hotfixAvailable: z.boolean().default(false),
    body: z.string().trim().min(1, "is required").max(500_000),
    files: z.array(hotfixFileInput).max(500).default([]),
    footer: footerSchema.strip().default(EMPTY_FOOTER),
  })
  .strip();

export type ArticleInput = z.infer<typeof articleInputSchema>;

/** The API's PUT body: the article plus the revision it was based on (0 for an article never edited here). */
export const articleUpdateSchema = articleInputSchema.extend({
  baseRevision: z.number({ error: "is required: the revision this edit is based on" }).int().nonnegative(),
});
