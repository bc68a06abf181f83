import type { AppError, ErrorCode } from "../errors";

// The one place an AppError becomes HTTP: every API answers a refusal with this status and shape.
const STATUS: Record<ErrorCode, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
};

/** `{error, code, field?, fields?}`: `error` is a sentence that names the field, for people and logs. */
export function errorBody(e: AppError) {
  return {
    error: e.field ? `${e.field}: ${e.message}` : e.message,
    code: e.code,
    ...(e.field ? { field: e.field } : {}),
    ...(e.fields ? { fields: e.fields } : {}),
  };
}

export function errorResponse(e: AppError): Response {
  return Response.json(errorBody(e), { status: STATUS[e.code] });
}
