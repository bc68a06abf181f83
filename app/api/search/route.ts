import { firstValues, searchSchema } from "@/lib/search/filters";
import { errorResponse } from "@/lib/http/api-error";
import { invalidInput } from "@/lib/validations/issues";
import { articleIdFromQuery, searchArticles } from "@/lib/search/search";

export async function GET(request: Request) {
  const parsed = searchSchema.safeParse(firstValues(new URL(request.url).searchParams));
  if (!parsed.success) return errorResponse(invalidInput(parsed.error));
  const [article, result] = await Promise.all([articleIdFromQuery(parsed.data.q), searchArticles(parsed.data)]);
  return Response.json({
    query: parsed.data.q,
    article,
    total: result.total,
    everyWord: result.everyWord,
    mostWords: result.mostWords,
    limit: parsed.data.limit,
    offset: parsed.data.offset,
    results: result.hits,
  });
}
