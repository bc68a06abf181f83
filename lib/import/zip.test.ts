// .zip archives as Info-ZIP's `zip` writes them (deflated, stored, ZIP64), read by lib/import/zip.ts,
// and the import of a zip of corpus articles, parsed on the worker threads, against the same
// articles imported from their folder.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { kbarchivePath, TXT_DIR, txtPath } from "../corpus";
import { ensureDatabase } from "../db/ensure";
import { openSqlite } from "../db/sqlite";
import { ArchiveError } from "./archive";
import { archiveArticles } from "./archive-articles";
import { importArticles } from "./import";
import { zipEntries } from "./zip";

/** A kbarchive-shaped tree: Q244717 as .TXT and as its kb/ markdown twin, Q153376 (a seed) as markdown only. */
function kbarchiveTree(): string {
  const dir = mkdtempSync(join(tmpdir(), "kb-zip-"));
  const root = join(dir, "kbarchive-master");
  mkdirSync(join(root, "txt/244"), { recursive: true });
  mkdirSync(join(root, "kb/244/Q244717"), { recursive: true });
  mkdirSync(join(root, "kb/153/Q153376"), { recursive: true });
  copyFileSync(txtPath("Q244717"), join(root, "txt/244/Q244717.TXT"));
  copyFileSync(kbarchivePath("Q244717"), join(root, "kb/244/Q244717/README.md"));
  copyFileSync(resolve("../shared/seeds/Q153376.md"), join(root, "kb/153/Q153376/README.md"));
  writeFileSync(join(root, "README.md"), "# kbarchive\n");
  return dir;
}

function zip(dir: string, name: string, flags: string[] = []): string {
  const archive = join(dir, name);
  const r = spawnSync("zip", ["-q", "-r", ...flags, archive, "kbarchive-master"], { cwd: dir, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return archive;
}

const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe.each([
  ["deflated", []],
  ["stored", ["-0"]],
  ["ZIP64", ["-fz"]],
])("a %s zip", (_, flags) => {
  test("gives every file's bytes, and each article once from its best source", async () => {
    const dir = kbarchiveTree();
    const archive = zip(dir, "kbarchive.zip", flags);
    const entries = await collect(zipEntries(archive));
    expect(entries.map((e) => e.name).sort()).toEqual([
      "kbarchive-master/README.md",
      "kbarchive-master/kb/153/Q153376/README.md",
      "kbarchive-master/kb/244/Q244717/README.md",
      "kbarchive-master/txt/244/Q244717.TXT",
    ]);
    const txt = entries.find((e) => e.name.endsWith(".TXT"))!;
    expect(txt.data.equals(readFileSync(txtPath("Q244717")))).toBe(true);
    const articles = await collect(archiveArticles(archive));
    expect(articles.map((a) => a.file.slice(archive.length + 1)).sort()).toEqual([
      "kbarchive-master/kb/153/Q153376/README.md",
      "kbarchive-master/txt/244/Q244717.TXT",
    ]);
  });
});

describe("a damaged zip is an ArchiveError that says what is wrong", () => {
  test.each([
    ["cut in half", (b: Buffer) => b.subarray(0, Math.floor(b.length / 2)), /truncated/],
    ["not a zip", () => Buffer.from("<html>404</html>"), /not a zip archive/],
    [
      "a byte of an entry flipped",
      (b: Buffer) => {
        const copy = Buffer.from(b);
        const at = copy.indexOf("Q244717.TXT") + 200; // inside the entry's compressed bytes
        copy[at] ^= 0xff;
        return copy;
      },
      /corrupt zip archive/,
    ],
    [
      "an entry that claims 4 GB",
      (b: Buffer) => {
        const copy = Buffer.from(b);
        const header = copy.lastIndexOf("txt/244/Q244717.TXT") - "kbarchive-master/".length - 46; // its central record
        copy.writeUInt32LE(0xfffffffe, header + 24);
        return copy;
      },
      /claims 4294967294 bytes/,
    ],
  ])("%s", async (_, damage, message) => {
    const dir = kbarchiveTree();
    const archive = zip(dir, "kbarchive.zip", ["-0"]);
    const damaged = join(dir, "damaged.zip");
    writeFileSync(damaged, damage(readFileSync(archive)));
    const error = await collect(archiveArticles(damaged)).catch((e) => e);
    expect(error).toBeInstanceOf(ArchiveError);
    expect(String(error.message)).toMatch(message);
  });
});

test("a zip of 450 corpus articles imports as the same folder does (parsed on worker threads)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kb-zip-"));
  const folder = join(dir, "kbarchive-master/txt");
  let copied = 0;
  for (const sub of readdirSync(TXT_DIR).sort()) {
    if (copied >= 450) break;
    mkdirSync(join(folder, sub), { recursive: true });
    for (const f of readdirSync(join(TXT_DIR, sub))) {
      if (copied >= 450) break;
      copyFileSync(join(TXT_DIR, sub, f), join(folder, sub, f));
      copied++;
    }
  }
  const archive = zip(dir, "articles.zip");
  const snapshot = async (path: string) => {
    process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), "kb-zip-db-")), "kb.db")}`;
    await ensureDatabase();
    const db = openSqlite();
    try {
      const summary = await importArticles(db, [path]);
      expect(summary.failures).toEqual([]);
      const rows = db
        .prepare(
          `SELECT a.kbId, a.title, a.body, (SELECT count(*) FROM "Evidence" e WHERE e.articleId = a.id) AS evidence,
                  (SELECT count(*) FROM "HotfixFile" f WHERE f.articleId = a.id) AS files
           FROM "Article" a ORDER BY a.kbId`,
        )
        .all();
      return { articles: summary.articles, rows };
    } finally {
      db.close();
    }
  };
  const fromZip = await snapshot(archive);
  const fromFolder = await snapshot(folder);
  expect(fromZip.articles).toBe(450);
  expect(fromZip).toEqual(fromFolder);
});
