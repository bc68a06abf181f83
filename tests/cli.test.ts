// The kb command as automated checks call it: a real process, JSON Lines on stdout, exit codes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
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
  const r = kb(["import", "content"], { DATABASE_URL: "postgres://nowhere" });
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^kb: DATABASE_URL must be a SQLite file URL/)]);
});

test("kb import creates a new database and summarizes", () => {
  const db = join(mkdtempSync(join(tmpdir(), "kb-cli-db-")), "new.db");
  const r = kb(["import", "content"], { DATABASE_URL: `file:${db}` });
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(
    /imported 2 articles \(2 new\), 2 file rows, 0 fixed-in facts, 1 evidence rows, 1 references; 0 failures/,
  );
});
