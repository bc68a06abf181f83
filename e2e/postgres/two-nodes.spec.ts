// The app on PostgreSQL: two nodes on one server beside a node on SQLite, all with the same
// articles (e2e/support/postgres-nodes.ts). Both databases give the same answers; bad input gets
// the same 4xx on both; an edit on one node is read on the other.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { hostileRequests } from "../../scripts/reliability/hostile-urls";
import { E2E_PORT } from "../support/env";

const [SQLITE, NODE_A, NODE_B] = [E2E_PORT + 20, E2E_PORT + 21, E2E_PORT + 22].map((p) => `http://127.0.0.1:${p}`);
let nodes: ChildProcess;
let postgresUrl = "";

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  // node itself, not tsx's wrapper, which would kill it before it stops its PostgreSQL cluster
  nodes = spawn(
    process.execPath,
    ["--import", "tsx", "e2e/support/postgres-nodes.ts", ...[20, 21, 22].map((d) => String(E2E_PORT + d))],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  await new Promise<void>((resolve, reject) => {
    nodes.stdout?.on("data", (chunk: Buffer) => {
      const ready = /ready (\S+)/.exec(String(chunk));
      if (!ready) return;
      postgresUrl = ready[1] ?? "";
      resolve();
    });
    nodes.on("exit", (code) => reject(new Error(`the PostgreSQL nodes exited with ${code}`)));
  });
});

test.afterAll(() => {
  nodes?.kill("SIGTERM");
});

const get = async (base: string, path: string) => {
  const r = await fetch(base + path);
  return { status: r.status, body: await r.text() };
};

const QUERIES = [
  "ras port unavailable",
  "Q244717",
  "rassrv.exe",
  "printer spooler",
  '"service pack 4"',
  "stop 0a",
  "bsod",
  "terminal server",
  "dhcp",
  "winsock",
  "zebra quokka",
];

test("/api/search finds the same articles on PostgreSQL as on SQLite", async () => {
  for (const q of QUERIES) {
    const path = `/api/search?q=${encodeURIComponent(q)}&limit=100`;
    const [sqlite, postgres] = await Promise.all([get(SQLITE, path), get(NODE_A, path)]);
    expect(postgres.status, q).toBe(200);
    const answer = (body: string) => {
      const { total, everyWord, results } = JSON.parse(body) as {
        total: number;
        everyWord: number;
        results: { kbId: string }[];
      };
      // the ranking differs (bm25, ts_rank): which 100 of more come first may too
      const ids = total <= 100 ? results.map((r) => r.kbId).sort() : "more than a page";
      return { q, total, everyWord, ids };
    };
    expect(answer(postgres.body)).toEqual(answer(sqlite.body));
  }
});

const SYSTEMS = [
  "release=4.0&sp=SP3&edition=server&platform=x86",
  "release=4.0&sp=SP5&edition=terminal-server&platform=alpha",
  "release=4.0&sp=SP6a&edition=workstation&platform=x86",
  "release=3.51&sp=SP5&edition=server&platform=x86",
  "release=2000&sp=SP1&edition=server&platform=x86",
];

test("/api/check gives every article the same status on PostgreSQL as on SQLite", async () => {
  for (const system of SYSTEMS) {
    const path = `/api/check?${system}&limit=1000`;
    const [sqlite, postgres] = await Promise.all([get(SQLITE, path), get(NODE_A, path)]);
    expect(postgres.status, system).toBe(200);
    const statuses = (body: string) =>
      (JSON.parse(body).results as { id: string; status: string }[]).map((r) => `${r.id} ${r.status}`).sort();
    expect(statuses(sqlite.body).length, system).toBeGreaterThan(0);
    expect(statuses(postgres.body), system).toEqual(statuses(sqlite.body));
  }
});

/** One GET exactly as written (no normalisation of the path); the status. */
const rawStatus = (base: string, path: string) =>
  new Promise<number>((resolve, reject) => {
    const url = new URL(base);
    const req = http.request(
      { host: url.hostname, port: url.port, path, agent: false, maxHeaderSize: 1 << 20 },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end();
  });

test("hostile queries get the same answers on PostgreSQL as on SQLite, never a 5xx", async () => {
  const paths = hostileRequests()
    .filter(
      (r) =>
        r.method === "GET" &&
        /^\/(api\/search|api\/check|search|check|kb|files)[/?]/.test(r.path) &&
        r.path.length < 8_000,
    )
    .map((r) => r.path);
  expect(paths.length).toBeGreaterThan(50);
  for (const path of paths) {
    const [sqlite, postgres] = await Promise.all([rawStatus(SQLITE, path), rawStatus(NODE_A, path)]);
    expect(postgres, path).toBeLessThan(500);
    expect({ path, status: postgres }).toEqual({ path, status: sqlite });
  }
});

test("an edit on one node is read on the other within a second", async ({ page }) => {
  const admin = { email: "admin@pg.e2e.test", password: "admin password 123" };
  execFileSync("node", ["bin/kb.js", "user", "add", admin.email, "--role", "admin"], {
    env: { ...process.env, DATABASE_URL: postgresUrl },
    input: `${admin.password}\n`,
  });
  const title = () =>
    fetch(`${NODE_B}/kb/Q244717`)
      .then((r) => r.text())
      .then((html) => /<h1[^>]*>([^<]*)</.exec(html)?.[1]);
  const before = await title(); // node B has the page in its cache now
  expect(before).toBe("RAS Port Becomes Unavailable in Windows NT 4.0 Terminal Server");

  await page.goto(`${NODE_A}/signin`);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(`${NODE_A}/admin/kb/Q244717`);
  await page.getByLabel("Title").fill(`${before} (edited on node A)`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/saved=/);
  const saved = Date.now();
  await expect.poll(title, { timeout: 1000, intervals: [20] }).toBe(`${before} (edited on node A)`);
  expect(Date.now() - saved).toBeLessThan(1000);

  await page.goto(`${NODE_B}/kb/Q244717`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${before} (edited on node A)`);
  await page.screenshot({ path: "test-results/postgres-node-b.png" });
});
