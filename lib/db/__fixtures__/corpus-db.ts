import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TXT_DIR, txtPath } from "../../corpus";
import { importArticles } from "../../import/import";
import { ensureDatabase } from "../ensure";
import { openSqlite } from "../sqlite";

/**
 * A new database file for this test file, selected through DATABASE_URL (so import the app's
 * modules after it), holding `folders` folders of the NT corpus (the first, or the first from the
 * folder named `from` on: the later ones hold the hotfix articles) and the two seeds.
 */
export async function corpusDatabase(name: string, folders: number, from = ""): Promise<void> {
  process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), `kb-${name}-`)), "kb.db")}`;
  await ensureDatabase();
  const files = readdirSync(TXT_DIR)
    .sort()
    .filter((dir) => dir >= from)
    .slice(0, folders)
    .flatMap((dir) => readdirSync(join(TXT_DIR, dir)).map((f) => join(TXT_DIR, dir, f)));
  const db = openSqlite();
  try {
    await importArticles(db, [...files, txtPath("Q244717"), txtPath("Q238171")]);
  } finally {
    db.close();
  }
}
