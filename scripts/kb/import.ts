import { ensureDatabase } from "../../lib/db/ensure";
import { openSqlite } from "../../lib/db/sqlite";
import { importArticles } from "../../lib/import/import";
import { progressBar } from "./progress";

/** kb import PATH...: upsert articles from files or folders, report bad files, print a summary. */
export async function importCommand(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    console.error("usage: kb import PATH...");
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
