import { z } from "zod";
import { normalizeKbId } from "../articles/id";

// The hidden fields of the admin's one-button forms: a server action is a public POST
// endpoint, so what it is sent is checked like any other input.

const kbId = z.string().transform((value, ctx) => {
  const id = normalizeKbId(value);
  if (id) return id;
  ctx.addIssue({ code: "custom", message: "is not a KB article id" });
  return z.NEVER;
});
const revision = z.coerce.number().int().nonnegative();

export const setDeletedSchema = z.object({ kbId, deleted: z.enum(["0", "1"]).transform((v) => v === "1") });

export const restoreRevisionSchema = z.object({ kbId, number: revision.min(1), baseRevision: revision });

/** A FormData's fields as a plain object for one of these schemas. */
export function formFields(fd: FormData): Record<string, FormDataEntryValue> {
  return Object.fromEntries(fd.entries());
}
