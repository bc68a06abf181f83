// Two editors saving the same revision at the same moment: one wins, the other is told who
// saved first, and nothing is lost (the loser's text stays in the form, or is saved on a retry).
// e2e/admin/conflict.spec.ts covers one stale save in sequence; these race the two for real.
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, EDITOR, withE2eDatabase, ensureUser, kb, signIn } from "../admin/fixtures";

const ROUNDS = 20;
const article = (id: string, body: string) => ({
  id,
  title: "Two editors",
  product: "winnt",
  lastModified: "1999-12-01",
  versions: ["4.0"],
  editions: [],
  keywords: [],
  fixedIn: [],
  body,
  files: [],
});

test.describe.configure({ mode: "serial" });

const tokens: Record<string, string> = {};
test.beforeAll(() => {
  ensureUser(ADMIN, "admin");
  ensureUser(EDITOR, "editor");
  for (const user of [ADMIN, EDITOR]) tokens[user.email] = kb(["token", "create", user.email]).trim();
});

async function revisions(kbId: string): Promise<{ number: number; body: string }[]> {
  const rows = await withE2eDatabase((db) =>
    db.all<{ number: number; snapshot: string }>(
      `SELECT r.number, r.snapshot FROM "Revision" r JOIN "Article" a ON a.id = r."articleId" WHERE a."kbId" = ? ORDER BY r.number`,
      kbId,
    ),
  );
  return rows.map((r) => ({ number: r.number, body: JSON.parse(r.snapshot).body }));
}

test(`write API: ${ROUNDS} rounds of two simultaneous PUTs on one revision`, async ({ request }) => {
  const id = "Q990301";
  const auth = (email: string) => ({ Authorization: `Bearer ${tokens[email]}` });
  expect(
    (await request.post("/api/articles", { headers: auth(ADMIN.email), data: article(id, "round 0") })).status(),
  ).toBe(201);
  const outcomes = { won: 0, told: 0, retried: 0 };
  for (let round = 1; round <= ROUNDS; round++) {
    const base = await (await request.get(`/api/articles/${id}`, { headers: auth(ADMIN.email) })).json();
    const edits = [ADMIN, EDITOR].map((u) => ({ user: u, body: `${base.body}\n\n${u.email} round ${round}` }));
    const answers = await Promise.all(
      edits.map((e) =>
        request.put(`/api/articles/${id}`, {
          headers: auth(e.user.email),
          data: { ...article(id, e.body), baseRevision: base.revision },
        }),
      ),
    );
    const statuses = answers.map((a) => a.status());
    expect(statuses.sort(), `round ${round}`).toEqual([200, 409]);
    const loser = edits[answers.findIndex((a) => a.status() === 409)];
    const winner = edits.find((e) => e !== loser)!;
    const refusal = await answers.find((a) => a.status() === 409)!.json();
    expect(refusal.error).toContain(`was changed by ${winner.user.email}`);
    outcomes.won++;
    outcomes.told++;
    // the loser re-reads, keeps the winner's text and adds his own: a retry on the new revision succeeds
    const fresh = await (await request.get(`/api/articles/${id}`, { headers: auth(loser.user.email) })).json();
    expect(fresh.revision).toBe(base.revision + 1);
    expect(fresh.body).toBe(winner.body.trim());
    const merged = `${fresh.body}\n\n${loser.user.email} round ${round}`;
    const retry = await request.put(`/api/articles/${id}`, {
      headers: auth(loser.user.email),
      data: { ...article(id, merged), baseRevision: fresh.revision },
    });
    expect(retry.status()).toBe(200);
    outcomes.retried++;
  }
  const history = await revisions(id);
  expect(history.map((r) => r.number)).toEqual(Array.from({ length: 1 + 2 * ROUNDS }, (_, i) => i + 1));
  const final = history[history.length - 1].body;
  for (let round = 1; round <= ROUNDS; round++)
    for (const u of [ADMIN, EDITOR]) expect(final).toContain(`${u.email} round ${round}`);
  console.log(
    `summary: conflict write API: ${ROUNDS} races, ${outcomes.won} won, ${outcomes.told} told (409 naming the winner), ${outcomes.retried} retries saved; revisions 1-${history.length} contiguous, every edit in the last one`,
  );
});

/** Where a submitted form ended: saved (the URL says which revision) or refused (the alert says why). */
async function settled(page: Page): Promise<"saved" | "refused"> {
  const told = page.getByRole("alert").filter({ hasText: "was changed by" });
  await expect
    .poll(async () => page.url().includes("saved=") || (await told.count()) > 0, { timeout: 15_000 })
    .toBe(true);
  return page.url().includes("saved=") ? "saved" : "refused";
}

test("admin form: both editors press Save on the same revision at once", async ({ browser, request }) => {
  const id = "Q990302";
  expect(
    (
      await request.post("/api/articles", {
        headers: { Authorization: `Bearer ${tokens[ADMIN.email]}` },
        data: article(id, "Original text"),
      })
    ).status(),
  ).toBe(201);
  const contexts = await Promise.all([browser.newContext(), browser.newContext()]);
  const pages = await Promise.all(contexts.map((c) => c.newPage()));
  const users = [ADMIN, EDITOR];
  await signIn(pages[0], ADMIN);
  await signIn(pages[1], EDITOR);
  for (let round = 1; round <= 3; round++) {
    await Promise.all(pages.map((p) => p.goto(`/admin/kb/${id}`)));
    const texts = users.map((u) => `Text of ${u.email}, round ${round}`);
    await Promise.all(pages.map((p, i) => p.getByLabel("Body (markdown)").fill(texts[i])));
    await Promise.all(pages.map((p) => p.getByRole("button", { name: "Save" }).click()));
    const results = await Promise.all(pages.map(settled));
    expect(results.sort(), `round ${round}`).toEqual(["refused", "saved"]);
    const w = (await settled(pages[0])) === "saved" ? 0 : 1;
    const l = 1 - w;
    await expect(pages[l].getByRole("alert").first()).toContainText(`was changed by ${users[w].email}`);
    await expect(pages[l].getByLabel("Body (markdown)")).toHaveValue(texts[l]);
    const page = await contexts[l].newPage();
    await page.goto(`/kb/${id}`);
    await expect(page.locator("main")).toContainText(texts[w]);
    await page.close();
  }
  console.log("summary: conflict admin form: 3 races, each one saved and one told with the text kept");
  await Promise.all(contexts.map((c) => c.close()));
});
