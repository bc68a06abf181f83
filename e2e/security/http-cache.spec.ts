import { expect, test } from "@playwright/test";
import { ADMIN, EDITOR, ensureUser, freshKbId, kb, signIn } from "../admin/fixtures";

const SHARED = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";

test.beforeAll(() => {
  ensureUser(ADMIN, "admin");
  ensureUser(EDITOR, "editor");
});

test("a public page is shared with a validator: a repeat is a 304 until an edit changes it", async ({ request }) => {
  const id = await freshKbId();
  const auth = { Authorization: `Bearer ${kb(["token", "create", EDITOR.email]).trim()}` };
  const article = {
    id,
    title: "Cached before the edit",
    product: "winnt",
    lastModified: "2000-01-01",
    versions: [],
    editions: [],
    keywords: [],
    fixedIn: [],
    body: "## Symptoms\n\nThe spooler stops.",
    files: [],
  };
  expect((await request.post("/api/articles", { headers: auth, data: article })).status()).toBe(201);

  const first = await request.get(`/kb/${id}`);
  expect(first.headers()["cache-control"]).toBe(SHARED);
  const etag = first.headers().etag;
  expect(etag).toMatch(/^"[\w-]+"$/);
  const again = await request.get(`/kb/${id}`, { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);

  const put = await request.put(`/api/articles/${id}`, {
    headers: auth,
    data: { ...article, title: "Cached after the edit", baseRevision: 1 },
  });
  expect(put.status()).toBe(200);
  const revalidate = () => request.get(`/kb/${id}`, { headers: { "If-None-Match": etag } });
  // SQLite: every process reads the file's version on each request. PostgreSQL: a process that did
  // not make the edit hears of it by NOTIFY, as another node does, within a second (README).
  if (test.info().project.name === "postgresql")
    await expect.poll(async () => (await revalidate()).status(), { timeout: 1_000, intervals: [10] }).toBe(200);
  const edited = await revalidate();
  expect(edited.status()).toBe(200);
  expect(await edited.text()).toContain("Cached after the edit");
  expect(edited.headers().etag).not.toBe(etag);

  const api = await request.get("/api/search?q=spooler+stops");
  expect(api.headers()["cache-control"]).toBe(SHARED);
  expect(
    (await request.get("/api/search?q=spooler+stops", { headers: { "If-None-Match": api.headers().etag } })).status(),
  ).toBe(304);
});

test("nothing with a session, and no admin or sign-in page, is shared", async ({ page, request }) => {
  for (const path of ["/signin", "/admin", "/api/health"]) {
    const r = await request.get(path, { maxRedirects: 0 });
    expect(r.headers()["cache-control"], path).toBe("private, no-store");
    expect(r.headers().etag, path).toBeUndefined();
  }
  await signIn(page, ADMIN);
  const signedIn = await page.request.get("/kb/Q244717");
  expect(signedIn.status()).toBe(200);
  expect(signedIn.headers()["cache-control"]).toBe("private, no-store");
  expect(signedIn.headers().etag).toBeUndefined();
});
