import "server-only";
import { type ArticleFix, articleFix } from "./article-fix";
import { getCatalog } from "./load-catalog";

/** The fix panel of an article page: null when the article is not (or no longer) live. */
export async function getArticleFix(kbId: string): Promise<ArticleFix | null> {
  const facts = (await getCatalog()).byId.get(kbId);
  return facts ? articleFix(facts) : null;
}
