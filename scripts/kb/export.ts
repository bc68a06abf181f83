import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createArticleReader } from "../../lib/articles/read";
import { ensureDatabase } from "../../lib/db/ensure";
import { queryableOf } from "../../lib/db/queryable";
import { openWriteTarget } from "../../lib/db/write-target";
import { serializeArticle } from "../../lib/kb";

/** kb export DIR: every article as DIR/Qnnn.md in the content/ format. */
export async function exportCommand(args: string[]): Promise<number> {
  const [dir] = args;
  if (!dir || args.length > 1) {
    console.error("usage: kb export DIR");
    return 2;
  }
  await ensureDatabase();
  mkdirSync(dir, { recursive: true });
  const { target, close } = openWriteTarget();
  let count = 0;
  try {
    for await (const article of createArticleReader(queryableOf(target)).articles()) {
      writeFileSync(join(dir, `${article.id}.md`), serializeArticle(article));
      count++;
    }
  } finally {
    await close();
  }
  console.log(`exported ${count} articles to ${dir}`);
  return 0;
}
