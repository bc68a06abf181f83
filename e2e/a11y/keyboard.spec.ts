import { expect, type Locator, type Page, test } from "@playwright/test";
import { ADMIN, ensureUser, freshKbId } from "../admin/fixtures";

test.beforeAll(() => ensureUser(ADMIN, "admin"));

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

test("search with the keyboard alone: '/', a query, Tab to a result, Enter opens it", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("/");
  await page.keyboard.type("rassrv.exe");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=rassrv\.exe/);
  await tabTo(page, page.getByTestId("search-results").locator('a[href^="/kb/Q244717"]'));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/kb\/Q244717(#[a-z-]+)?$/);
});

test("sign in and write an article with the keyboard alone", async ({ page }) => {
  const id = await freshKbId();
  await page.goto("/signin");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(ADMIN.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(ADMIN.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin$/);

  await tabTo(page, page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "New article" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/kb\/new$/);
  await tabTo(page, page.getByLabel("Article id"));
  await page.keyboard.type(id);
  await page.keyboard.press("Tab");
  await page.keyboard.type("Typed without a mouse");
  await tabTo(page, page.getByLabel("Body (markdown)"));
  await page.keyboard.press("ControlOrMeta+A"); // replaces the new article's outline
  await page.keyboard.type("## Symptoms\n\nNo pointer was used.");
  await expect(page.getByTestId("preview").locator("h2")).toHaveText([/^Symptoms/]);
  await tabTo(page, page.getByRole("button", { name: "Save" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/admin/kb/${id}\\?saved=1`));
});
