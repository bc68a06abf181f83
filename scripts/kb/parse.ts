import { toParseRecord } from "../../lib/kb";
import { parseArticleFile } from "../../lib/kb/node";

/** kb parse FILE...: one JSON object per file on stdout (JSON Lines). Exit 1 if any file failed. */
export function parseCommand(files: string[]): number {
  if (files.length === 0) {
    console.error("usage: kb parse FILE...");
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const result = parseArticleFile(file);
    if (!result.ok) failed++;
    const record = result.ok
      ? { file, ...toParseRecord(result.article) }
      : { file, error: result.error.replace(`${file}: `, ""), ...(result.line ? { line: result.line } : {}) };
    process.stdout.write(`${JSON.stringify(record)}\n`);
  }
  return failed > 0 ? 1 : 0;
}
