import { revalidatePath } from "next/cache";
import { readJson, saveResponse, validationError } from "@/lib/admin/api-responses";
import { articleInputSchema } from "@/lib/admin/article-schema";
import { adminDb } from "@/lib/admin/db";
import { saveArticle } from "@/lib/admin/save-article";
import { authorizeApi, jsonError } from "@/lib/auth/api";
import { clientIp } from "@/lib/auth/current";

/** Create an article: JSON body as in lib/admin/article-schema.ts, files included. */
export async function POST(request: Request) {
  const user = await authorizeApi(request, "articles");
  if (user instanceof Response) return user;
  const body = await readJson(request);
  if (body === undefined) return jsonError(400, "the body must be JSON");
  const parsed = articleInputSchema.safeParse(body);
  if (!parsed.success) return validationError(parsed.error);
  const result = saveArticle(adminDb(), { mode: "create", input: parsed.data, editor: user, ip: await clientIp() });
  if (result.ok) revalidatePath("/", "layout");
  return saveResponse(result, 201);
}
