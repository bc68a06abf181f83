import type { z } from "zod";
import { fieldErrors } from "./article-schema";
import type { SaveResult } from "./save-article";

/** 400 naming the first bad field, with every field's message. */
export function validationError(error: z.ZodError): Response {
  const fields = fieldErrors(error);
  const [field, message] = Object.entries(fields)[0];
  return Response.json({ error: `${field}: ${message}`, field, fields }, { status: 400 });
}

export function saveResponse(result: SaveResult, okStatus = 200): Response {
  if (result.ok) return Response.json({ id: result.kbId, revision: result.revision }, { status: okStatus });
  return Response.json({ error: result.field ? `${result.field}: ${result.message}` : result.message, field: result.field }, { status: result.status });
}

export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}
