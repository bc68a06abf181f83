// The /check and /api/check query: a system (lib/nt/schema) plus what to show of the results.
import { z } from "zod";
import { systemQuerySchema, systemSchema } from "../nt/schema";
import type { FixStatus } from "./evaluate";
import { parseInstalledFile, type InstalledFile } from "./installed-file";
import { MAX_HOTFIX_TEXT, MAX_HOTFIXES, parseInstalledHotfixes } from "./installed-hotfixes";
import { STATUSES } from "./check-system";

const statusList = z
  .string()
  .optional()
  .transform((v, ctx): FixStatus[] | null => {
    if (!v) return null;
    const list = v.split(",").map((s) => s.trim());
    const bad = list.find((s) => !STATUSES.includes(s as FixStatus));
    if (bad !== undefined) {
      ctx.addIssue({
        code: "custom",
        message: `status: unknown status "${bad.slice(0, 20)}" (use ${STATUSES.join(", ")})`,
      });
      return z.NEVER;
    }
    return list as FixStatus[];
  });

const installedFile = z
  .string()
  .max(200, { error: "installed: at most 200 characters" })
  .optional()
  .transform((v, ctx): InstalledFile | null => {
    if (!v?.trim()) return null;
    const parsed = parseInstalledFile(v);
    if (!parsed) {
      ctx.addIssue({
        code: "custom",
        message: 'installed: give a file name with its date, size or version, e.g. "Rassrv.exe 10/29/99 123,664"',
      });
      return z.NEVER;
    }
    return parsed;
  });

const hotfixes = z
  .string()
  .max(MAX_HOTFIX_TEXT, { error: `hotfixes: at most ${MAX_HOTFIX_TEXT.toLocaleString("en-US")} characters` })
  .optional()
  .transform((v, ctx): string[] => {
    if (!v?.trim()) return [];
    const ids = parseInstalledHotfixes(v);
    if (!ids.length) {
      ctx.addIssue({
        code: "custom",
        message: "hotfixes: no article number found; paste e.g. Q244717, Q244717i.exe or the output of hotfix /l",
      });
      return z.NEVER;
    }
    if (ids.length > MAX_HOTFIXES) {
      ctx.addIssue({ code: "custom", message: `hotfixes: at most ${MAX_HOTFIXES} hotfixes` });
      return z.NEVER;
    }
    return ids;
  });

const count = (name: string, fallback: number, max: number) =>
  z.preprocess(
    (v) => (v === "" || v === undefined ? undefined : v),
    z.coerce
      .number({ error: `${name}: must be a number` })
      .int({ error: `${name}: must be a whole number` })
      .min(0, { error: `${name}: must be 0 or more` })
      .max(max, { error: `${name}: at most ${max}` })
      .default(fallback),
  );

const extras = z.object({
  status: statusList,
  installed: installedFile,
  hotfixes,
  limit: count("limit", 100, 1000),
  offset: count("offset", 0, 1_000_000),
});

export type CheckExtras = z.infer<typeof extras>;

/** Parses the system and the extras; the first problem names its parameter. */
export function parseCheckQuery(input: Record<string, string>) {
  const keys = Object.keys(systemQuerySchema.shape) as (keyof typeof systemQuerySchema.shape)[];
  const systemInput = Object.fromEntries(keys.filter((k) => k in input).map((k) => [k, input[k]]));
  const system = systemSchema.safeParse(systemInput);
  const rest = extras.safeParse({
    status: input.status,
    installed: input.installed,
    hotfixes: input.hotfixes,
    limit: input.limit,
    offset: input.offset,
  });
  return { system, rest };
}
