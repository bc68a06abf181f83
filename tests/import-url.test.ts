// kb import of an archive by URL, against a real HTTP server on the loopback (never the internet):
// download, resume, refuse 404s, HTML and non-archives with nothing written, --kbarchive.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, test } from "vitest";

const seeds = resolve("../shared/seeds");
const corpus = resolve("../shared/corpus/nt");
let server: Server;
let base = "";
const ranges: string[] = [];
const files = new Map<string, Buffer>();

/** A kbarchive-shaped tree: the seed as .TXT and as its kb/ markdown twin, and a non-article. */
function kbarchiveTree(): string {
  const dir = mkdtempSync(join(tmpdir(), "kb-url-"));
  const root = join(dir, "kbarchive-master");
  mkdirSync(join(root, "txt/244"), { recursive: true });
  mkdirSync(join(root, "kb/244/Q244717"), { recursive: true });
  copyFileSync(join(seeds, "Q244717.TXT"), join(root, "txt/244/Q244717.TXT"));
  copyFileSync(join(corpus, "kb/244/Q244717/README.md"), join(root, "kb/244/Q244717/README.md"));
  writeFileSync(join(root, "README.md"), "# kbarchive\n");
  return dir;
}

function kbarchiveTarball(): Buffer {
  const dir = kbarchiveTree();
  const archive = join(dir, "kbarchive.tar.gz");
  expect(spawnSync("tar", ["-czf", archive, "-C", dir, "kbarchive-master"]).status).toBe(0);
  return readFileSync(archive);
}

/** The same tree as GitHub's zipball, made by Info-ZIP's zip. */
function kbarchiveZipball(): Buffer {
  const dir = kbarchiveTree();
  expect(spawnSync("zip", ["-q", "-r", "kbarchive.zip", "kbarchive-master"], { cwd: dir }).status).toBe(0);
  return readFileSync(join(dir, "kbarchive.zip"));
}

function emptyTarball(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), "kb-url-"));
  writeFileSync(join(dir, "notes.txt"), "no articles here\n");
  const archive = join(dir, "empty.tar.gz");
  expect(spawnSync("tar", ["-czf", archive, "-C", dir, "notes.txt"]).status).toBe(0);
  return readFileSync(archive);
}

beforeAll(async () => {
  files.set("/kbarchive-master.tar.gz", kbarchiveTarball());
  files.set("/empty.tar.gz", emptyTarball());
  files.set("/kbarchive-master.zip", kbarchiveZipball());
  // GitHub's /zipball/master: no extension in the address, so the file is named for its content.
  files.set("/zipball/master", kbarchiveZipball());
  server = createServer((req, res) => {
    if (req.url === "/page.tar.gz") {
      res.writeHead(200, { "content-type": "text/html" }).end("<html><body>Sign in</body></html>");
      return;
    }
    if (req.url === "/fake.tar.gz") {
      res.writeHead(200, { "content-type": "application/octet-stream" }).end("hello, not an archive");
      return;
    }
    const body = files.get(req.url ?? "");
    if (!body) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? "");
    if (range) {
      ranges.push(req.headers.range!);
      const from = Number(range[1]);
      res.writeHead(206, { "content-type": "application/gzip", "content-length": body.length - from });
      res.end(body.subarray(from));
      return;
    }
    res.writeHead(200, { "content-type": "application/gzip", "content-length": body.length }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** kb as a child process, without blocking this process's server. */
function kb(args: string[], env: Record<string, string>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, ["bin/kb.js", ...args], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => done({ status, stdout, stderr }));
  });
}

const freshDb = () => join(mkdtempSync(join(tmpdir(), "kb-url-db-")), "kb.db");
const articleIds = (db: string) => {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare(`SELECT kbId FROM "Article" ORDER BY kbId`).all() as { kbId: string }[]).map((r) => r.kbId);
  } finally {
    d.close();
  }
};

test("an archive by URL is downloaded and imported, each article once from its best source", async () => {
  const db = freshDb();
  const r = await kb(["import", `${base}/kbarchive-master.tar.gz`], { DATABASE_URL: `file:${db}` });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^imported 1 articles \(1 new\), 2 file rows/);
  expect(articleIds(db)).toEqual(["Q244717"]);
});

test.each(["/kbarchive-master.zip", "/zipball/master"])("%s, a zip by URL, is imported too", async (path) => {
  const db = freshDb();
  const r = await kb(["import", `${base}${path}`], { DATABASE_URL: `file:${db}` });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(articleIds(db)).toEqual(["Q244717"]);
});

test("--kbarchive is GitHub's tarball (here the same archive on the loopback)", async () => {
  const db = freshDb();
  const r = await kb(["import", "--kbarchive"], {
    DATABASE_URL: `file:${db}`,
    KB_KBARCHIVE_URL: `${base}/kbarchive-master.tar.gz`,
  });
  expect(r.status).toBe(0);
  expect(articleIds(db)).toEqual(["Q244717"]);
});

test("an interrupted download is resumed with a Range request", async () => {
  const db = freshDb();
  const whole = files.get("/kbarchive-master.tar.gz")!;
  const downloads = join(db, "..", "downloads");
  mkdirSync(downloads, { recursive: true });
  writeFileSync(join(downloads, "kbarchive-master.tar.gz.part"), whole.subarray(0, 100));
  ranges.length = 0;
  const r = await kb(["import", `${base}/kbarchive-master.tar.gz`], { DATABASE_URL: `file:${db}` });
  expect(r.status).toBe(0);
  expect(ranges).toEqual(["bytes=100-"]);
  expect(articleIds(db)).toEqual(["Q244717"]);
});

test.each([
  ["/missing.tar.gz", /answered 404/],
  ["/page.tar.gz", /answered a text\/html page, not an archive/],
  ["/fake.tar.gz", /gave not an archive \(no gzip, zip or tar header\)/],
  ["/empty.tar.gz", /no articles in the archive/],
])("%s: one clear line, and the database is as before", async (path, message) => {
  const db = freshDb();
  expect((await kb(["import", "content"], { DATABASE_URL: `file:${db}` })).status).toBe(0);
  const before = articleIds(db);
  const r = await kb(["import", `${base}${path}`], { DATABASE_URL: `file:${db}` });
  expect(r.status).toBe(1);
  expect(r.stderr.trim().split("\n").filter(Boolean)).toEqual([expect.stringMatching(message)]);
  expect(articleIds(db)).toEqual(before);
});
