import type { AppError } from "../errors";
import { errorResponse } from "../http/api-error";
import type { SaveResult } from "./save-article";

/** A save's answer: the id and new revision, or the refusal in the one API error shape. */
export function saveResponse(result: SaveResult, okStatus = 200): Response {
  if (!result.ok) return errorResponse(result.error);
  return Response.json({ id: result.kbId, revision: result.revision }, { status: okStatus });
}

export const NOT_JSON: AppError = { code: "invalid", field: "body", message: "the body must be JSON" };

/** The request's JSON body, or undefined when it is not JSON (answer NOT_JSON). */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}
