import { expect, test } from "@playwright/test";
import { ADMIN, ensureUser, freshKbId, signIn } from "./fixtures";

test.beforeAll(() => ensureUser(ADMIN, "admin"));

test("a save based on an old revision is refused and keeps the text", async ({ browser }) => {
  const id = await freshKbId();
  const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [a, b] = await Promise.all([first.newPage(), second.newPage()]);
  await signIn(a, ADMIN);
  await a.goto("/admin/kb/new");
  await a.getByLabel("Article id").fill(id);
  await a.getByLabel("Title").fill("Shared article");
  await a.getByLabel("Body (markdown)").fill("Original body");
  await a.getByRole("button", { name: "Save" }).click();
  await expect(a).toHaveURL(/saved=1/);

  await signIn(b, ADMIN);
  await b.goto(`/admin/kb/${id}`);
  await a.getByLabel("Title").fill("First editor's title");
  await a.getByRole("button", { name: "Save" }).click();
  await expect(a).toHaveURL(/saved=2/);

  await b.getByLabel("Body (markdown)").fill("Second editor's careful text");
  await b.getByRole("button", { name: "Save" }).click();
  await expect(b.getByRole("alert").first()).toContainText("was changed by admin@e2e.test");
  await expect(b.getByLabel("Body (markdown)")).toHaveValue("Second editor's careful text");
  await b.goto(`/kb/${id}`);
  await expect(b.getByRole("heading", { level: 1 })).toHaveText("First editor's title");
  await Promise.all([first.close(), second.close()]);
});
