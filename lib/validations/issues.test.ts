import { expect, test } from "vitest";
import { z } from "zod";
import { errorResponse } from "../http/api-error";
import { invalidInput } from "./issues";

const schema = z.object({ limit: z.coerce.number().max(100, { error: "limit: at most 100" }) });
const files = z.object({ files: z.array(z.object({ size: z.number({ error: "must be a number" }) })) });

test("invalidInput names the parameter and drops a repeated prefix", () => {
  const r = schema.safeParse({ limit: "500" });
  expect(r.success).toBe(false);
  if (!r.success)
    expect(invalidInput(r.error)).toMatchObject({ code: "invalid", field: "limit", message: "at most 100" });
});

test("a file row's cell is named by row and column, and every bad field is listed", () => {
  const r = files.safeParse({ files: [{ size: 1 }, { size: "x" }, { size: "y" }] });
  expect(r.success).toBe(false);
  if (!r.success)
    expect(invalidInput(r.error, "article")).toMatchObject({
      field: "files.1.size",
      fields: { "files.1.size": "must be a number", "files.2.size": "must be a number" },
    });
});

test("an AppError answers with its status and the one API error shape", async () => {
  const res = errorResponse({ code: "invalid", field: "sp", message: "unknown service pack" });
  expect(res.status).toBe(400);
  expect(await res.json()).toEqual({ error: "sp: unknown service pack", code: "invalid", field: "sp" });
  expect(errorResponse({ code: "conflict", message: "changed by someone" }).status).toBe(409);
  expect(errorResponse({ code: "not-found", message: "no such article" }).status).toBe(404);
});
