// The kb command as automated checks call it: a real process, JSON Lines on stdout, exit codes.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "vitest";

const kb = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["bin/kb.js", ...args], { encoding: "utf8", env: { ...process.env, ...env } });
const seeds = resolve("../shared/seeds");

test("kb parse prints one JSON object per file and exits 1 when one failed", () => {
  const dir = mkdtempSync(join(tmpdir(), "kb-cli-"));
  writeFileSync(join(dir, "junk.TXT"), "\u0000\u0001 not an article");
  const r = kb(["parse", join(seeds, "Q244717.TXT"), join(dir, "junk.TXT"), join(seeds, "Q153376.md")]);
  expect(r.status).toBe(1);
  const lines = r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatchObject({
    id: "Q244717",
    title: "RAS Port Becomes Unavailable in Windows NT 4.0 Terminal Server",
    product: "winnt",
    lastModified: "2002-05-08",
    versions: ["4.0 SP4", "4.0 SP5"],
    fixedIn: [],
    references: ["Q238171"],
  });
  expect(lines[0].files).toEqual([
    { name: "Rassrv.exe", size: 69904, platform: "x86", date: "1999-10-29", time: "01:15", version: null },
    { name: "Rassrv.exe", size: 123664, platform: "alpha", date: "1999-10-29", time: "01:22", version: null },
  ]);
  expect(lines[1]).toMatchObject({ file: join(dir, "junk.TXT"), error: expect.any(String), line: 1 });
  expect(lines[2]).toMatchObject({ id: "Q153376", versions: ["3.51", "4.0"], lastModified: "2001-08-08" });
});

test("kb parse exits 0 when every file parsed", () => {
  const r = kb(["parse", join(seeds, "Q244717.TXT")]);
  expect(r.status).toBe(0);
});

test("a malformed DATABASE_URL is one line naming the variable", () => {
  const r = kb(["import", "content"], { DATABASE_URL: "mysql://nowhere" });
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split("\n")).toEqual([
    expect.stringMatching(/^kb: DATABASE_URL must be a SQLite file URL .* or a postgresql:\/\/ URL/),
  ]);
});

test("a PostgreSQL server that cannot be reached is one line naming it, without its password", () => {
  const r = kb(["import", "content"], { DATABASE_URL: "postgresql://kb:secret@127.0.0.1:1/kb" });
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split("\n")).toEqual([
    expect.stringMatching(/^kb: cannot open the PostgreSQL database postgresql:\/\/kb:\*\*\*@127\.0\.0\.1:1\/kb: /),
  ]);
});

test("kb import creates a new database and summarizes", () => {
  const db = join(mkdtempSync(join(tmpdir(), "kb-cli-db-")), "new.db");
  const r = kb(["import", "content"], { DATABASE_URL: `file:${db}` });
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(
    /imported 2 articles \(2 new\), 2 file rows, 0 fixed-in facts, 1 evidence rows, 1 references; 0 failures/,
  );
});

const lines = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { file: string; id?: string; error?: string });

/** A folder holding the seed article twice over (as found and nested), and a .tar.gz of it. */
function seedTree() {
  const dir = mkdtempSync(join(tmpdir(), "kb-tree-"));
  mkdirSync(join(dir, "kbarchive-master/txt/244"), { recursive: true });
  copyFileSync(join(seeds, "Q244717.TXT"), join(dir, "kbarchive-master/txt/244/Q244717.TXT"));
  writeFileSync(join(dir, "kbarchive-master/README.md"), "# not an article\n");
  const archive = join(dir, "kbarchive.tar.gz");
  const tar = spawnSync("tar", ["-czf", archive, "-C", dir, "kbarchive-master"]);
  expect(tar.status).toBe(0);
  return { dir: join(dir, "kbarchive-master"), archive };
}

test("kb parse takes folders and archives, and streams one line per article", () => {
  const { dir, archive } = seedTree();
  const r = kb(["parse", dir, archive]);
  expect(r.status).toBe(0);
  expect(lines(r.stdout).map((l) => [l.file.replace(dirname(dir), ""), l.id])).toEqual([
    ["/kbarchive-master/txt/244/Q244717.TXT", "Q244717"],
    ["/kbarchive.tar.gz:kbarchive-master/txt/244/Q244717.TXT", "Q244717"],
  ]);
});

test("kb parse and kb import refuse unknown flags and answer --help without touching anything", () => {
  const db = join(mkdtempSync(join(tmpdir(), "kb-cli-db-")), "help.db");
  for (const command of ["parse", "import"]) {
    const help = kb([command, "--help"], { DATABASE_URL: `file:${db}` });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(new RegExp(`^usage: kb ${command} PATH`));
    const bad = kb([command, "--bogus", "content"], { DATABASE_URL: `file:${db}` });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(new RegExp(`^kb ${command}: Unknown option '--bogus'`)),
    ]);
  }
  expect(existsSync(db)).toBe(false);
});

test("a truncated archive is one clear line, and kb import leaves the database as it was", () => {
  const { archive } = seedTree();
  const bytes = readFileSync(archive);
  const cut = join(dirname(archive), "cut.tar.gz");
  writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
  const parsed = kb(["parse", cut]);
  expect(parsed.status).toBe(1);
  expect(parsed.stderr.trim().split("\n")).toEqual([
    expect.stringMatching(/^kb parse: .*cut\.tar\.gz: .*(truncated|gzip)/),
  ]);

  const db = join(mkdtempSync(join(tmpdir(), "kb-cli-db-")), "kb.db");
  expect(kb(["import", "content"], { DATABASE_URL: `file:${db}` }).status).toBe(0);
  const imported = kb(["import", cut], { DATABASE_URL: `file:${db}` });
  expect(imported.status).toBe(1);
  expect(imported.stderr).toMatch(/cut\.tar\.gz: .*nothing from it was imported/);
  expect(imported.stdout).toMatch(/imported 0 articles/);
  const after = new Database(db, { readonly: true });
  expect(after.prepare(`SELECT kbId FROM "Article" ORDER BY kbId`).all()).toEqual([
    { kbId: "Q153376" },
    { kbId: "Q244717" },
  ]);
  after.close();
  const notGzip = join(dirname(archive), "html.tar.gz");
  writeFileSync(notGzip, "<html>404 Not Found</html>");
  expect(kb(["parse", notGzip]).stderr).toMatch(/not a readable gzip archive/);
});

test("kb import loads an archive", () => {
  const { archive } = seedTree();
  const db = join(mkdtempSync(join(tmpdir(), "kb-cli-db-")), "kb.db");
  const r = kb(["import", archive], { DATABASE_URL: `file:${db}` });
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^imported 1 articles \(1 new\), 2 file rows/);
});

test("kb parse stops quietly when its reader does (| head)", () => {
  const r = spawnSync("sh", ["-c", `"${process.execPath}" bin/kb.js parse ../shared/corpus/nt/txt | head -1`], {
    encoding: "utf8",
  });
  expect(lines(r.stdout)).toHaveLength(1);
  expect(r.stderr).toBe("");
});

test("kb user add writes its audit row before the command ends", () => {
  const db = join(mkdtempSync(join(tmpdir(), "kb-cli-user-")), "kb.db");
  const r = spawnSync(process.execPath, ["bin/kb.js", "user", "add", "ops@example.com", "--role", "admin"], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: `file:${db}` },
    input: "a long enough password\n",
  });
  expect(r.status, r.stderr).toBe(0);
  const audit = new Database(db, { readonly: true }).prepare(`SELECT action, target FROM "AuditLog"`).all();
  expect(audit).toEqual([{ action: "user.add", target: "ops@example.com" }]);
});
