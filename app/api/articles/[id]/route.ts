import { NOT_JSON, readJson, saveResponse } from "@/lib/admin/api-responses";
import { articleUpdateSchema } from "@/lib/admin/article-schema";
import { saveArticle, setArticleDeleted } from "@/lib/admin/save-article";
import { getStoredArticle } from "@/lib/admin/stored-article";
import { normalizeKbId } from "@/lib/articles/id";
import { authorizeApi } from "@/lib/auth/api";
import { clientIp } from "@/lib/auth/current";
import { errorResponse } from "@/lib/http/api-error";
import { invalidInput } from "@/lib/validations/issues";

type Context = { params: Promise<{ id: string }> };

const noSuchArticle = () => errorResponse({ code: "not-found", message: "no such article" });

async function kbIdOf(context: Context): Promise<string | null> {
  return normalizeKbId((await context.params).id);
}

/** The article as the API takes it, with `revision`: send that back as `baseRevision` on PUT. */
export async function GET(request: Request, context: Context) {
  const user = await authorizeApi(request, "articles");
  if ("code" in user) return errorResponse(user);
  const kbId = await kbIdOf(context);
  const stored = kbId ? await getStoredArticle(kbId) : null;
  if (!stored) return noSuchArticle();
  return Response.json({ ...stored.input, revision: stored.revision, deleted: stored.deletedAt !== null });
}

/** Replace an article; refused with 409 when `baseRevision` is not the latest revision. */
export async function PUT(request: Request, context: Context) {
  const user = await authorizeApi(request, "articles");
  if ("code" in user) return errorResponse(user);
  const kbId = await kbIdOf(context);
  if (!kbId) return noSuchArticle();
  const body = await readJson(request);
  if (body === undefined) return errorResponse(NOT_JSON);
  const parsed = articleUpdateSchema.safeParse(body);
  if (!parsed.success) return errorResponse(invalidInput(parsed.error, "article"));
  const { baseRevision, ...input } = parsed.data;
  const result = await saveArticle({ mode: "update", kbId, baseRevision, input, editor: user, ip: await clientIp() });
  return saveResponse(result);
}

/** Soft delete: hidden everywhere, restorable from /admin. */
export async function DELETE(request: Request, context: Context) {
  const user = await authorizeApi(request, "articles");
  if ("code" in user) return errorResponse(user);
  const kbId = await kbIdOf(context);
  if (!kbId) return noSuchArticle();
  const result = await setArticleDeleted(kbId, true, user, await clientIp());
  return saveResponse(result);
}
