// 200+ XSS payloads (xss-payloads.txt) in real Chromium: rendered by the markdown renderer, stored
// through the write API and viewed on the article page, search, lists and feed, typed into the
// admin preview, and reflected through query strings. Any dialog fails, and so does any markup
// that would run on a click or hover (handlers, script URLs, script elements).
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { renderMarkdown } from "../../lib/markdown/render";
import { streamedError } from "../../scripts/reliability/lib/streamed-error";
import { ADMIN, ensureUser, kb, signIn } from "../admin/fixtures";
import { dangerousMarkup, hasScriptTag, loadPayloads, recordDialogs } from "./xss-support";

const payloads = loadPayloads();
/** Q970000 + index: an id range of their own; one article per payload. */
const idOf = (i: number) => `Q${970_000 + i}`;
const marker = (i: number) => `xssprobe-${i}`;
const upTo = (s: string, n: number) => s.trim().slice(0, n).trim();
/** Pages working through the list side by side (the server and Chromium share two cores). */
const LANES = 3;

// Not serial: a failing test must not stop the next ones, which only need the articles stored
// by "stored through the write API" (the database outlives a worker restart).
let token = "";

/**
 * Every payload through `visit`, on LANES pages of one context at once. A payload fails when its
 * page opened a dialog or `visit` found something; the failures name the payload.
 */
async function sweep(
  context: BrowserContext,
  label: string,
  visit: (page: Page, i: number, payload: string) => Promise<string[]>,
  setup?: (page: Page) => Promise<void>,
) {
  const failures: string[] = [];
  let dialogCount = 0;
  const lane = async (n: number) => {
    const page = await context.newPage();
    const dialogs = recordDialogs(page);
    await setup?.(page);
    for (let i = n; i < payloads.length; i += LANES) {
      const before = dialogs.length;
      const found = await visit(page, i, payloads[i]);
      if (found.length > 0 || dialogs.length > before)
        failures.push(
          `#${i} ${JSON.stringify(payloads[i]).slice(0, 120)}: ${[...dialogs.slice(before), ...found].join(", ")}`,
        );
    }
    dialogCount += dialogs.length;
    await page.close();
  };
  await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n)));
  console.log(
    `summary: xss ${label}: ${payloads.length - failures.length} of ${payloads.length} payloads inert, ${dialogCount} dialogs`,
  );
  expect(failures, `${label}: payloads that ran or could run`).toEqual([]);
}

/** Opens a page, then what is under <main>; a 5xx or a render that threw behind a 200 is reported. */
async function visitMain(page: Page, path: string): Promise<string[]> {
  const res = await page.goto(path);
  const status = res?.status() ?? 0;
  const where = path.split("?")[0].slice(0, 60);
  if (status >= 500 || (res && streamedError(await res.text())))
    return [`${where}: ${status >= 500 ? `status ${status}` : "a server error behind a 200"}`];
  const found = (await dangerousMarkup(page.locator("main"))).map((f) => `${where}: ${f}`);
  return hasScriptTag(await page.locator("main").first().innerHTML())
    ? [...found, `${where}: <script> in main`]
    : found;
}

test.beforeAll(() => {
  ensureUser(ADMIN, "admin");
  token = kb(["token", "create", ADMIN.email]).trim();
});

test("the list holds 200+ payloads", () => {
  console.log(`summary: xss payloads: ${payloads.length}`);
  expect(payloads.length).toBeGreaterThanOrEqual(200);
});

test("the renderer's HTML, loaded as a page", async ({ context }) => {
  await sweep(context, "renderMarkdown in a page", async (page, i, payload) => {
    const html = renderMarkdown(`${marker(i)}\n\n${payload}\n`);
    await page.setContent(`<!doctype html><html><body><div id="root">${html}</div></body></html>`, {
      waitUntil: "load",
    });
    const found = await dangerousMarkup(page.locator("#root"));
    return hasScriptTag(html) ? [...found, "<script> in the HTML"] : found;
  });
});

test("stored through the write API: article pages", async ({ context, request }) => {
  const refused: string[] = [];
  for (const [i, payload] of payloads.entries()) {
    const short = upTo(payload, 300);
    const article = {
      id: idOf(i),
      title: short || `payload ${i}`,
      product: "winnt",
      lastModified: "1999-12-01",
      versions: short ? [short] : [],
      appliesTo: short ? [short] : [],
      editions: short ? [short] : [],
      keywords: ["xssprobe", ...(/^\S{1,60}$/.test(payload) ? [payload] : [])],
      fixedIn: [],
      body: `${marker(i)}\n\n${payload}\n`,
      files: [],
      footer: {
        keywords: [],
        technology: short ? [short] : [],
        version: payload,
        hardware: [],
        issueType: payload,
        solutionType: null,
      },
    };
    const headers = { Authorization: `Bearer ${token}` };
    let res = await request.post("/api/articles", { headers, data: article });
    // a field the schema refuses (e.g. an odd version) still leaves the body and the title to test
    if (res.status() === 400)
      res = await request.post("/api/articles", {
        headers,
        data: { ...article, versions: [], appliesTo: [], editions: [], keywords: ["xssprobe"] },
      });
    if (res.status() !== 201 && res.status() !== 409) refused.push(`#${i} ${res.status()} ${await res.text()}`);
  }
  console.log(`summary: xss stored through the API: ${payloads.length - refused.length} of ${payloads.length}`);
  expect(refused).toEqual([]);
  await sweep(context, "article pages", (page, i) => visitMain(page, `/kb/${idOf(i)}`));
});

test("stored payloads in search snippets, lists, the admin list, history and the feed", async ({ page }) => {
  const dialogs = recordDialogs(page);
  const found: string[] = [];
  const pages = [
    ...Array.from(
      { length: Math.ceil(payloads.length / 100) },
      (_, k) => `/search?q=xssprobe&limit=100&offset=${k * 100}`,
    ),
    ...Array.from({ length: Math.ceil(payloads.length / 20) }, (_, k) => `/kb?keyword=xssprobe&page=${k + 1}`),
  ];
  for (const path of pages) found.push(...(await visitMain(page, path)));
  await signIn(page, ADMIN);
  for (const path of [
    "/admin?q=xssprobe",
    "/admin/audit",
    ...payloads.slice(0, 40).map((_, i) => `/admin/kb/${idOf(i)}/history`),
  ])
    found.push(...(await visitMain(page, path)));
  await page.goto("/feed.xml");
  console.log(
    `summary: xss lists, search, admin and feed pages: ${pages.length + 42 + 1} pages, ${dialogs.length} dialogs, ${found.length} findings`,
  );
  expect([...dialogs, ...found]).toEqual([]);
});

test("typed into the admin preview", async ({ context }) => {
  const signedIn = await context.newPage();
  await signIn(signedIn, ADMIN);
  await sweep(
    context,
    "admin preview",
    async (page, i, payload) => {
      const preview = page.getByTestId("preview");
      await page.getByLabel("Body (markdown)").fill(`${marker(i)}\n\n${payload}`);
      await expect(preview).toContainText(marker(i));
      await page.waitForTimeout(50); // an onerror fires once the broken image has failed
      const found = await dangerousMarkup(preview);
      return hasScriptTag(await preview.innerHTML()) ? [...found, "<script> in the preview"] : found;
    },
    (page) => page.goto("/admin/kb/new").then(() => {}),
  );
});

test("the API answers JSON, never HTML, for every payload", async ({ request }) => {
  const wrong: string[] = [];
  for (const [i, payload] of payloads.entries()) {
    const q = encodeURIComponent(payload);
    const answers = [
      await request.get(`/api/articles/${idOf(i)}`, { headers: { Authorization: `Bearer ${token}` } }),
      await request.get(`/api/search?q=${q}`),
      await request.get(`/api/check?ver=${q}`),
      await request.get(`/api/articles/${q}`, { headers: { Authorization: `Bearer ${token}` } }),
    ];
    for (const res of answers) {
      const type = res.headers()["content-type"] ?? "";
      if (res.status() >= 500 || !type.startsWith("application/json"))
        wrong.push(`#${i} ${res.url().slice(0, 80)}: ${res.status()} ${type}`);
    }
    if (answers[0].status() === 200) {
      const body = (await answers[0].json()).body as string;
      if (!body.includes(marker(i)))
        wrong.push(`#${i}: the stored body came back as ${JSON.stringify(body).slice(0, 80)}`);
    }
  }
  console.log(`summary: xss API answers: ${payloads.length * 4} checked, ${wrong.length} not JSON or 5xx`);
  expect(wrong).toEqual([]);
});

test("reflected through query strings and paths", async ({ context }) => {
  const q = encodeURIComponent;
  await sweep(context, "reflected (search, kb, check, files)", async (page, _i, payload) => {
    const found: string[] = [];
    for (const path of [
      `/search?q=${q(payload)}`,
      `/kb?keyword=${q(payload)}&product=${q(payload)}`,
      `/check?ver=${q(payload)}&installed=${q(payload)}`,
      `/files/${q(payload)}`,
    ]) {
      found.push(...(await visitMain(page, path)));
    }
    return found;
  });
});
