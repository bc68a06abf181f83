import { archiveArticles } from "../../lib/import/archive-articles";
import { findArticleFiles } from "../../lib/import/find-files";
import { parseBatches } from "../../lib/import/parse-pool";
import { ArchiveError } from "../../lib/import/archive";
import { toParseRecord } from "../../lib/kb";
import { parseArticleFile } from "../../lib/kb/node";
import type { ParseResult } from "../../lib/kb/types";
import { commandArgs, writeLine } from "./args";

const usage = `usage: kb parse PATH...

  Prints each article as one JSON line, as it is read. PATH is an article file (.TXT,
  kbarchive README.md or index.html, content/ .md), a folder of them, or a .tar, .tar.gz, .tgz
  or .zip archive of them (GitHub's tarball or zipball of kbarchive). Exit 1 when an article failed.`;

/** kb parse PATH...: one JSON object per article on stdout (JSON Lines), streamed. */
export async function parseCommand(args: string[]): Promise<number> {
  const parsed = commandArgs("parse", args, { help: { type: "boolean", short: "h" } });
  if (typeof parsed === "number") return parsed;
  if (parsed.values.help) {
    console.log(usage);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    console.error(usage);
    return 2;
  }
  const { files, archives, missing } = findArticleFiles(parsed.positionals);
  let failed = missing.length;
  for (const path of missing) console.error(`kb parse: ${path}: no such file or folder`);
  const print = async (file: string, result: ParseResult) => {
    if (!result.ok) failed++;
    const record = result.ok
      ? { file, ...toParseRecord(result.article) }
      : { file, error: result.error.replace(`${file}: `, ""), ...(result.line ? { line: result.line } : {}) };
    return writeLine(JSON.stringify(record));
  };
  // A reader that stops early (`| head`) ends the output, not with a stack trace.
  process.stdout.on("error", () => {});
  for (const file of files) if (!(await print(file, parseArticleFile(file)))) return 0;
  for (const archive of archives) {
    try {
      for await (const { files: batch, results } of parseBatches(archiveArticles(archive), 200, "article"))
        for (const [i, result] of results.entries()) if (!(await print(batch[i], result))) return 0;
    } catch (e) {
      if (!(e instanceof ArchiveError)) throw e;
      console.error(`kb parse: ${archive}: ${e.message}`);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}
