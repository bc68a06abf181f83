import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { ensureDatabase } from "../../lib/db/ensure";
import { openWriteTarget } from "../../lib/db/write-target";
import { ROOT } from "../../lib/db/migrate";
import { databasePath, databaseProvider } from "../../lib/env";
import { downloadArchive, isUrl, KBARCHIVE_URL } from "../../lib/import/download";
import { importArticles } from "../../lib/import/import";
import { ArchiveError } from "../../lib/import/archive";
import { commandArgs } from "./args";
import { progressBar } from "./progress";

const usage = `usage: kb import PATH... | URL... | --kbarchive

  Loads articles into the database (DATABASE_URL): article files (.TXT, kbarchive README.md or
  index.html, content/ .md), folders of them, .tar, .tar.gz, .tgz or .zip archives of them, or the
  https:// address of such an archive (downloaded first, with progress, into a temporary file
  that a second run resumes). --kbarchive is GitHub's tarball of jeffpar/kbarchive, every
  product's articles. An article already there is replaced; an archive holding an article as
  .TXT, markdown and html is read once, from the .TXT. Bad files are reported with their path
  and line, and the rest goes on; an archive that is truncated, corrupt or not an archive (a 404,
  an HTML page) imports nothing. Exit 1 on any failure.`;

/** kb import PATH...: upsert articles from files, folders, archives or URLs, report bad files, print a summary. */
export async function importCommand(args: string[]): Promise<number> {
  const parsed = commandArgs("import", args, {
    help: { type: "boolean", short: "h" },
    kbarchive: { type: "boolean" },
  });
  if (typeof parsed === "number") return parsed;
  if (parsed.values.help) {
    console.log(usage);
    return 0;
  }
  const named = [
    ...parsed.positionals,
    ...(parsed.values.kbarchive ? [process.env.KB_KBARCHIVE_URL ?? KBARCHIVE_URL] : []),
  ];
  if (named.length === 0) {
    console.error(usage);
    return 2;
  }
  await ensureDatabase();
  // Downloads first: nothing is written until every archive named by URL is whole and checked.
  const downloaded: string[] = [];
  const paths: string[] = [];
  for (const path of named) {
    if (!isUrl(path)) {
      paths.push(path);
      continue;
    }
    const bar = progressBar("downloading", "bytes");
    try {
      const file = await downloadArchive(path, {
        // beside the SQLite file; the project's data/ when the database is a server
        dir: join(databaseProvider() === "postgresql" ? join(ROOT, "data") : dirname(databasePath()), "downloads"),
        onProgress: (received, total) => bar.update(received, total ?? 0),
      });
      downloaded.push(file);
      paths.push(file);
    } catch (e) {
      if (!(e instanceof ArchiveError)) throw e;
      console.error(`kb import: ${e.message}; nothing was imported (run it again to resume a download)`);
      return 1;
    }
  }
  const { target, close } = openWriteTarget();
  const bar = progressBar("importing");
  try {
    const summary = await importArticles(target, paths, {
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
    await close();
    for (const file of downloaded) rmSync(file, { force: true });
  }
}
