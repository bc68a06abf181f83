import type { z } from "zod";

/** 400 with the parameter named: `{error, param}`. Messages never carry a stack. */
export function badRequest(error: z.ZodError | { param: string; message: string }): Response {
  if ("issues" in error) {
    const issue = error.issues[0];
    const param = String(issue?.path[0] ?? "query");
    const message = (issue?.message ?? "invalid request").replace(new RegExp(`^${param}: `), "");
    return Response.json({ error: `${param}: ${message}`, param }, { status: 400 });
  }
  return Response.json({ error: `${error.param}: ${error.message}`, param: error.param }, { status: 400 });
}
