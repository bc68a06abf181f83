import { expect, test } from "vitest";
import { z } from "zod";
import { badRequest, firstIssue } from "./validation";

const schema = z.object({ limit: z.coerce.number().max(100, { error: "limit: at most 100" }) });

test("firstIssue names the parameter and drops a repeated prefix", () => {
  const r = schema.safeParse({ limit: "500" });
  expect(r.success).toBe(false);
  if (!r.success) expect(firstIssue(r.error)).toEqual({ param: "limit", message: "at most 100" });
});

test("badRequest answers 400 JSON naming the parameter", async () => {
  const res = badRequest({ param: "sp", message: "unknown service pack" });
  expect(res.status).toBe(400);
  expect(await res.json()).toEqual({ error: "sp: unknown service pack", param: "sp" });
});
