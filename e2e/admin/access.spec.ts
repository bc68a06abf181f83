import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import {
  ADMIN,
  EDITOR,
  ensureUser,
  freshKbId,
  insertSession,
  kb,
  routesOnDisk,
  signIn,
  withE2eDatabase,
} from "./fixtures";

// Routes are found on disk, so a page or API route added without a check fails here.
let kbId: string;
test.beforeAll(async () => {
  ensureUser(ADMIN, "admin");
  ensureUser(EDITOR, "editor");
  const first = await withE2eDatabase((db) =>
    db.get<{ kbId: string }>(`SELECT "kbId" FROM "Article" ORDER BY id LIMIT 1`),
  );
  kbId = first?.kbId ?? "Q238171";
});

const ADMIN_ONLY = /^\/admin\/(users|audit)(\/|$)/;
const pages = () => routesOnDisk("admin", "page.tsx", kbId);
const apiRoutes = () =>
  routesOnDisk("api/articles", "route.ts", kbId).flatMap(({ path, file }) =>
    [...readFileSync(file, "utf8").matchAll(/export async function (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => ({
      path,
      method: m[1],
    })),
  );

test("the walk finds the admin pages and API routes", () => {
  expect(pages().map((p) => p.path)).toEqual(
    expect.arrayContaining(["/admin", "/admin/audit", `/admin/kb/${kbId}/history`]),
  );
  expect(apiRoutes().length).toBeGreaterThanOrEqual(3);
});

test("anonymous visitors are sent to sign-in from every admin page", async ({ page }) => {
  for (const { path } of pages()) {
    await page.goto(path);
    await expect(page, path).toHaveURL(
      new RegExp(`/signin\\?next=${encodeURIComponent(path).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
    );
  }
});

test("anonymous and forged-token API calls get 401 JSON", async ({ request }) => {
  for (const { path, method } of apiRoutes()) {
    const variants: Record<string, string>[] = [{}, { Authorization: "Bearer kbt_forged" }];
    for (const headers of variants) {
      const res = await request.fetch(path, { method, headers, data: {} });
      expect(res.status(), `${method} ${path}`).toBe(401);
      expect((await res.json()).error).toMatch(/token/);
    }
  }
});

test("an editor gets 403 on user management and the audit log, and can open the rest", async ({ page }) => {
  await signIn(page, EDITOR);
  for (const { path } of pages()) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(ADMIN_ONLY.test(path) ? 403 : 200);
  }
});

test("forged and expired session cookies are refused", async ({ page, context, baseURL }) => {
  const expired = await insertSession(ADMIN.email, new Date(Date.now() - 60_000));
  for (const value of ["forged-session-token", expired]) {
    await context.clearCookies();
    await context.addCookies([{ name: "kb_session", value, url: baseURL! }]);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/signin/);
  }
});

test("sign-out ends the session on the server", async ({ page, context, baseURL }) => {
  await signIn(page, ADMIN);
  const cookie = (await context.cookies()).find((c) => c.name === "kb_session")!;
  expect(cookie.httpOnly).toBe(true);
  expect(cookie.sameSite).toBe("Lax");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await context.addCookies([{ name: "kb_session", value: cookie.value, url: baseURL! }]);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin/);
});

test("API tokens act with their owner's role", async ({ request }) => {
  const id = await freshKbId();
  const token = kb(["token", "create", EDITOR.email]).trim();
  const auth = { Authorization: `Bearer ${token}` };
  const article = {
    id,
    title: "Made through the API",
    product: "winnt",
    lastModified: "2000-01-01",
    versions: [],
    editions: [],
    keywords: ["kbapi"],
    fixedIn: [],
    body: "Body",
    files: [],
  };
  const bad = await request.post("/api/articles", {
    headers: auth,
    data: {
      ...article,
      files: [{ name: "a.dll", size: "big", platform: null, date: null, time: null, version: null }],
    },
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).field).toBe("files.0.size");
  const created = await request.post("/api/articles", { headers: auth, data: article });
  expect(created.status()).toBe(201);
  expect(await created.json()).toEqual({ id, revision: 1 });
  const stale = await request.put(`/api/articles/${id}`, {
    headers: auth,
    data: { ...article, title: "x", baseRevision: 0 },
  });
  expect(stale.status()).toBe(409);
  const updated = await request.put(`/api/articles/${id}`, {
    headers: auth,
    data: { ...article, title: "Edited through the API", baseRevision: 1 },
  });
  expect(await updated.json()).toEqual({ id, revision: 2 });
  expect((await request.delete(`/api/articles/${id}`, { headers: auth })).status()).toBe(200);
  kb(["user", "remove", EDITOR.email]);
  expect((await request.get(`/api/articles/${id}`, { headers: auth })).status()).toBe(401);
  ensureUser(EDITOR, "editor");
});
