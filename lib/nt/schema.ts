// The system query shared by the web form, the server and the JSON API:
// ?release=4.0&sp=SP5&edition=terminal-server&platform=alpha, or ?ver=<pasted ver/winver text>.
import { z } from "zod";
import { parseSystem } from "./parse-system";
import { validateSystem, type System, type SystemField } from "./system";

const optionalText = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .max(max, { error: `${field} is too long (at most ${max} characters)` })
    .optional()
    .transform((v) => (v ? v : undefined));

/** The query as sent: every field optional text (build also as a number). */
export const systemQuerySchema = z.object({
  release: optionalText("release", 20),
  build: z
    .union([z.number({ error: "build must be a number" }), optionalText("build", 10)])
    .optional()
    .transform((v) => (v === undefined ? undefined : String(v))),
  sp: optionalText("sp", 30),
  edition: optionalText("edition", 60),
  platform: optionalText("platform", 20),
  ver: optionalText("ver", 2000),
});

export type SystemQuery = z.infer<typeof systemQuerySchema>;

/** Query key that carries each System field, so messages and error paths name what the user typed. */
const QUERY_KEY: Record<SystemField, keyof SystemQuery> = {
  input: "ver",
  release: "release",
  build: "build",
  servicePack: "sp",
  edition: "edition",
  platform: "platform",
};

/**
 * The query checked and turned into a System. Pasted `ver` text is read first; fields given
 * alongside it (an edition or platform picked in the form) are added, and must agree with it.
 */
export const systemSchema = systemQuerySchema.transform((query, ctx): System => {
  let base: Partial<System> = {};
  if (query.ver) {
    const fromText = parseSystem(query.ver);
    if (!fromText.ok) return reject(ctx, "ver", fromText.message);
    base = fromText.system;
  }
  const result = validateSystem({
    release: query.release ?? base.release,
    build: query.build ?? base.build,
    servicePack: query.sp ?? base.servicePack,
    edition: query.edition ?? base.edition,
    platform: query.platform ?? base.platform,
  });
  if (!result.ok) {
    // A value the user did not type in its own field came from the pasted text.
    const key = QUERY_KEY[result.field];
    return reject(ctx, query[key] === undefined && query.ver ? "ver" : key, result.message);
  }
  return result.system;
});

function reject(ctx: z.RefinementCtx, key: keyof SystemQuery, message: string): never {
  ctx.addIssue({ code: "custom", path: [key], message: `${key}: ${message}` });
  return z.NEVER;
}
