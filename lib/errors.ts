// One vocabulary for every refusal a lib function can give. Lib code says what went wrong;
// lib/http/api-error.ts alone turns a code into an HTTP status, and forms show the message.

export type ErrorCode = "invalid" | "unauthorized" | "forbidden" | "not-found" | "conflict";

export interface AppError {
  code: ErrorCode;
  message: string;
  /** the form field or query parameter at fault: "title", "files.0.size", "limit" */
  field?: string;
  /** every bad field's message, when a whole form was checked */
  fields?: Record<string, string>;
}

export type Failure = { ok: false; error: AppError };

export function failure(code: ErrorCode, message: string, field?: string): Failure {
  return { ok: false, error: field ? { code, message, field } : { code, message } };
}
