import { ensureDatabase } from "../../lib/db/ensure";
import { openSqlite } from "../../lib/db/sqlite";
import { importArticles } from "../../lib/import/import";
import { commandArgs } from "./args";
import { progressBar } from "./progress";

const usage = `usage: kb import PATH...

  Loads articles into the database (DATABASE_URL): article files (.TXT, kbarchive README.md or
  index.html, content/ .md), folders of them, or .tar, .tar.gz or .tgz archives of them. An
  article already there is replaced. Bad files are reported with their path and line, and the
  rest goes on; an archive that is truncated or corrupt imports nothing. Exit 1 on any failure.`;

/** kb import PATH...: upsert articles from files, folders or archives, report bad files, print a summary. */
export async function importCommand(args: string[]): Promise<number> {
  const parsed = commandArgs("import", args, { help: { type: "boolean", short: "h" } });
  if (typeof parsed === "number") return parsed;
  if (parsed.values.help) {
    console.log(usage);
    return 0;
  }
  const paths = parsed.positionals;
  if (paths.length === 0) {
    console.error(usage);
    return 2;
  }
  await ensureDatabase();
  const db = openSqlite();
  const bar = progressBar("importing");
  try {
    const summary = await importArticles(db, paths, {
      onProgress: bar.update,
      onFailure: (f) => console.error(`\n${f.file}${f.line ? `:${f.line}` : ""}: ${f.error}`),
    });
    console.log(
      `imported ${summary.articles} articles (${summary.created} new), ${summary.files} file rows, ` +
        `${summary.fixedIn} fixed-in facts, ${summary.evidence} evidence rows, ${summary.references} references; ${summary.failures.length} failures; ` +
        `${summary.seconds.toFixed(2)} s`,
    );
    return summary.failures.length > 0 ? 1 : 0;
  } finally {
    db.close();
  }
}
