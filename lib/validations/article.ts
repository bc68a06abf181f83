// The one schema of an article's facts (the Article of lib/kb/types.ts without its sections
// and references, which come from the body), exactly as content/ front matter holds them.
// Strict, so a misspelt key in a content file is an error. The admin's input
// (lib/admin/article-schema.ts) extends it.
import { z } from "zod";
import { PLATFORMS } from "../kb/types";

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD");

export const hotfixFileSchema = z.strictObject({
  name: z.string().min(1, "is required"),
  size: z
    .number({ error: "must be a whole number of bytes" })
    .int("must be a whole number of bytes")
    .nonnegative()
    .nullable(),
  platform: z.enum(PLATFORMS, { error: `must be one of ${PLATFORMS.join(", ")}` }).nullable(),
  date: isoDate.nullable(),
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/, "must be a time HH:MM")
    .nullable(),
  version: z.string().nullable(),
});

/** servicePack "latest" stands for "the latest service pack". */
export const fixedInSchema = z.strictObject({
  release: z.string().nullable(),
  servicePack: z.string(),
});

export const footerSchema = z.strictObject({
  keywords: z.array(z.string()),
  technology: z.array(z.string()),
  version: z.string().nullable(),
  hardware: z.array(z.string()),
  issueType: z.string().nullable(),
  solutionType: z.string().nullable(),
});

export const articleSchema = z.strictObject({
  id: z.string().regex(/^Q\d+$/),
  title: z.string().min(1),
  product: z.string(),
  lastModified: isoDate.nullable(),
  versions: z.array(z.string()),
  appliesTo: z.array(z.string()),
  editions: z.array(z.string()),
  keywords: z.array(z.string()),
  footer: footerSchema,
  fixedIn: z.array(fixedInSchema),
  hotfixAvailable: z.boolean(),
  files: z.array(hotfixFileSchema),
});
