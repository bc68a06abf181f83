import { revalidatePath } from "next/cache";
import { readJson, saveResponse, validationError } from "@/lib/admin/api-responses";
import { articleUpdateSchema } from "@/lib/admin/article-schema";
import { adminDb } from "@/lib/admin/db";
import { saveArticle, setArticleDeleted } from "@/lib/admin/save-article";
import { loadStoredArticle } from "@/lib/admin/stored-article";
import { normalizeKbId } from "@/lib/articles/id";
import { authorizeApi, jsonError } from "@/lib/auth/api";
import { clientIp } from "@/lib/auth/current";

type Context = { params: Promise<{ id: string }> };

async function kbIdOf(context: Context): Promise<string | null> {
  return normalizeKbId((await context.params).id);
}

/** The article as the API takes it, with `revision`: send that back as `baseRevision` on PUT. */
export async function GET(request: Request, context: Context) {
  const user = await authorizeApi(request, "articles");
  if (user instanceof Response) return user;
  const kbId = await kbIdOf(context);
  const stored = kbId ? loadStoredArticle(adminDb(), kbId) : null;
  if (!stored) return jsonError(404, "no such article");
  return Response.json({ ...stored.input, revision: stored.revision, deleted: stored.deletedAt !== null });
}

/** Replace an article; refused with 409 when `baseRevision` is not the latest revision. */
export async function PUT(request: Request, context: Context) {
  const user = await authorizeApi(request, "articles");
  if (user instanceof Response) return user;
  const kbId = await kbIdOf(context);
  if (!kbId) return jsonError(404, "no such article");
  const body = await readJson(request);
  if (body === undefined) return jsonError(400, "the body must be JSON");
  const parsed = articleUpdateSchema.safeParse(body);
  if (!parsed.success) return validationError(parsed.error);
  const { baseRevision, ...input } = parsed.data;
  const result = saveArticle(adminDb(), { mode: "update", kbId, baseRevision, input, editor: user, ip: await clientIp() });
  if (result.ok) revalidatePath("/", "layout");
  return saveResponse(result);
}

/** Soft delete: hidden everywhere, restorable from /admin. */
export async function DELETE(request: Request, context: Context) {
  const user = await authorizeApi(request, "articles");
  if (user instanceof Response) return user;
  const kbId = await kbIdOf(context);
  if (!kbId) return jsonError(404, "no such article");
  const result = setArticleDeleted(adminDb(), kbId, true, user, await clientIp());
  if (result.ok) revalidatePath("/", "layout");
  return saveResponse(result);
}
