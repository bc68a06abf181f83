import type { z } from "zod";
import type { AppError } from "../errors";

/** The key a zod issue is shown under: a file row's cell as "files.0.size", anything else by its top field. */
function issueKey(path: PropertyKey[], fallback: string): string {
  const keys = path.map(String);
  return keys[0] === "files" ? keys.slice(0, 3).join(".") : (keys[0] ?? fallback);
}

/** Every bad field's first message, keyed as issueKey says. */
export function fieldErrors(error: z.ZodError, fallback = "article"): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issueKey(issue.path, fallback)] ??= issue.message;
  return errors;
}

/**
 * A failed parse as an "invalid" AppError naming the first bad field or parameter (a "field: "
 * prefix that a schema's message repeats is dropped), with every field's message.
 */
export function invalidInput(error: z.ZodError, fallback = "query"): AppError {
  const fields = fieldErrors(error, fallback);
  const [field, message] = Object.entries(fields)[0] ?? [fallback, "invalid value"];
  return { code: "invalid", field, message: message.replace(new RegExp(`^${field}: `), ""), fields };
}
