import { parseArticle, toParseRecord } from "../../lib/kb";
import { readArticleFile } from "../../lib/import/read-file";

/** kb parse FILE...: one JSON object per file on stdout (JSON Lines). Exit 1 if any file failed. */
export function parseCommand(files: string[]): number {
  if (files.length === 0) {
    console.error("usage: kb parse FILE...");
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let record: object;
    try {
      const result = parseArticle(readArticleFile(file), { path: file });
      record = result.ok ? { file, ...toParseRecord(result.article) } : { file, error: result.error, ...(result.line ? { line: result.line } : {}) };
      if (!result.ok) failed++;
    } catch (e) {
      failed++;
      record = { file, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
    }
    process.stdout.write(`${JSON.stringify(record)}\n`);
  }
  return failed > 0 ? 1 : 0;
}
