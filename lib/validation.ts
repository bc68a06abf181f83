import type { z } from "zod";

export interface ParamError {
  param: string;
  message: string;
}

/** The first problem of a failed parse, named by its parameter; a "param: " prefix in the message is dropped. */
export function firstIssue(error: z.ZodError, fallbackParam = "query"): ParamError {
  const issue = error.issues[0];
  const param = String(issue?.path[0] ?? fallbackParam);
  return { param, message: (issue?.message ?? "invalid value").replace(new RegExp(`^${param}: `), "") };
}

/** 400 JSON `{error, param}` naming the parameter; never a stack trace. */
export function badRequest(error: z.ZodError | ParamError): Response {
  const { param, message } = "issues" in error ? firstIssue(error) : error;
  return Response.json({ error: `${param}: ${message}`, param }, { status: 400 });
}
