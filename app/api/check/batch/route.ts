import { z } from "zod";
import { parseCheckQuery } from "@/lib/check/query";
import { toApiResult } from "@/lib/check/present";
import { getSystemCheck } from "@/lib/check/get-system-check";
import { NOT_JSON, readJson } from "@/lib/admin/api-responses";
import { errorBody, errorResponse } from "@/lib/http/api-error";
import { invalidInput } from "@/lib/validations/issues";

const MAX_SYSTEMS = 100;
const field = z
  .union([z.string(), z.number()])
  .optional()
  .transform((v) => (v === undefined ? undefined : String(v)));
const batchSchema = z.object({
  systems: z
    .array(
      z.object({
        release: field,
        build: field,
        sp: field,
        edition: field,
        platform: field,
        ver: field,
        status: field,
        installed: field,
        hotfixes: field,
        limit: field,
        offset: field,
      }),
      {
        error: "systems must be an array of systems",
      },
    )
    .min(1, { error: "systems must list at least one system" })
    .max(MAX_SYSTEMS, { error: `systems: at most ${MAX_SYSTEMS} systems per batch` }),
});

// POST /api/check/batch {systems: [{release, sp, edition, platform} | {ver} ...]}: one result (or error) per system.
export async function POST(request: Request) {
  const body = await readJson(request);
  if (body === undefined) return errorResponse(NOT_JSON);
  const parsed = batchSchema.safeParse(body);
  if (!parsed.success) return errorResponse(invalidInput(parsed.error, "systems"));
  const results = await Promise.all(
    parsed.data.systems.map(async (input, index) => {
      const clean = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Record<
        string,
        string
      >;
      const { system, rest } = parseCheckQuery(clean);
      if (!system.success) return { index, ...errorBody(invalidInput(system.error)) };
      if (!rest.success) return { index, ...errorBody(invalidInput(rest.error)) };
      return { index, ...toApiResult(await getSystemCheck(system.data, rest.data), rest.data) };
    }),
  );
  return Response.json({ results });
}
