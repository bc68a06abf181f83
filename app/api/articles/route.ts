import { NOT_JSON, readJson, saveResponse } from "@/lib/admin/api-responses";
import { articleInputSchema } from "@/lib/admin/article-schema";
import { saveArticle } from "@/lib/admin/save-article";
import { authorizeApi } from "@/lib/auth/api";
import { clientIp } from "@/lib/auth/current";
import { errorResponse } from "@/lib/http/api-error";
import { invalidInput } from "@/lib/validations/issues";

/** Create an article: JSON body as in lib/admin/article-schema.ts, files included. */
export async function POST(request: Request) {
  const user = await authorizeApi(request, "articles");
  if ("code" in user) return errorResponse(user);
  const body = await readJson(request);
  if (body === undefined) return errorResponse(NOT_JSON);
  const parsed = articleInputSchema.safeParse(body);
  if (!parsed.success) return errorResponse(invalidInput(parsed.error, "article"));
  const result = await saveArticle({ mode: "create", input: parsed.data, editor: user, ip: await clientIp() });
  return saveResponse(result, 201);
}
