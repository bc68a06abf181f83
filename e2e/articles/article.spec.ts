import { expect, test } from "@playwright/test";

test.describe("article pages", () => {
  test("home page lists the shipped articles", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Is there a fix for that?" })).toBeVisible();
    const list = page.getByRole("list").filter({ hasText: "Q244717" });
    await expect(
      list.getByRole("link", { name: "RAS Port Becomes Unavailable in Windows NT 4.0 Terminal Server" }),
    ).toBeVisible();
    await expect(list.getByText("Q153376")).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/home.png", fullPage: true });
  });

  test("the seed article shows its title, fix and the Rassrv.exe table", async ({ page }) => {
    await page.goto("/kb/Q244717");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "RAS Port Becomes Unavailable in Windows NT 4.0 Terminal Server",
    );
    const table = page.getByTestId("hotfix-files");
    const rows = table.locator("tbody tr");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText("1999-10-29");
    await expect(rows.nth(0)).toContainText("69,904");
    await expect(rows.nth(0)).toContainText("Rassrv.exe");
    await expect(rows.nth(0)).toContainText("x86");
    await expect(rows.nth(1)).toContainText("123,664");
    await expect(rows.nth(1)).toContainText("Alpha");
    await expect(page.getByTestId("fix-panel")).toContainText(/hotfix/i);
    // Sorting by size, then again for the reverse order.
    await table.getByRole("button", { name: "Size" }).click();
    await expect(rows.nth(0)).toContainText("69,904");
    await table.getByRole("button", { name: "Size" }).click();
    await expect(rows.nth(0)).toContainText("123,664");
    await expect(table.getByRole("columnheader", { name: /Size/ })).toHaveAttribute("aria-sort", "descending");
    await expect(page.getByRole("heading", { name: "Symptoms" })).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/article-Q244717.png", fullPage: true });
  });

  test("the fix panel shows where the fix comes from: the article, its keyword and the fix list", async ({ page }) => {
    await page.goto("/kb/Q238171");
    // The panel sits in the sidebar on a desktop-wide page.
    const panel = page.getByTestId("fix-panel");
    await expect(panel).toContainText("Fixed in Windows NT 4.0 Service Pack 6");
    await panel.getByText(/^Why: \d+ sources$/).click();
    await expect(
      panel.locator('[data-kind="statement"]', { hasText: "This problem was first corrected" }),
    ).toBeVisible();
    await expect(panel.locator('[data-kind="keyword"]')).toContainText("kbWinNT4sp6fix");
    await expect(panel.locator('[data-kind="fix-list"]').getByRole("link")).toHaveAttribute("href", "/kb/Q244690");
    await page.screenshot({ path: "test-results/screenshots/article-fix-panel.png" });
  });

  test("the page has one fix panel: beside the text on a desktop, between title and text on a phone", async ({
    page,
  }) => {
    const top = async (name: string) => (await page.getByRole("heading", { name }).first().boundingBox())!;
    await page.goto("/kb/Q244717");
    const panel = page.getByTestId("fix-panel");
    await expect(panel).toHaveCount(1);
    expect((await panel.boundingBox())!.x).toBeGreaterThan((await top("Hotfix files")).x + 300);

    await page.setViewportSize({ width: 390, height: 844 });
    const title = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
    const box = (await panel.boundingBox())!;
    expect(box.y).toBeGreaterThan(title.y + title.height - 1);
    expect(box.y + box.height).toBeLessThan((await top("Hotfix files")).y);
    const sidebar = page.locator("aside").getByRole("heading", { name: "References" });
    expect((await top("Symptoms")).y).toBeLessThan((await sidebar.boundingBox())!.y);
    await page.screenshot({ path: "test-results/screenshots/article-phone.png", fullPage: true });
  });

  test("a first run says how to load the whole archive", async ({ page }) => {
    await page.goto("/");
    const hint = page.getByTestId("load-archive");
    await expect(hint).toContainText(/Only \d+ articles so far/);
    await expect(hint.locator("code").first()).toHaveText("npx kb import --kbarchive");
  });

  test("an unknown article id gives a 404 page with a search box", async ({ page }) => {
    const response = await page.goto("/kb/Q999999");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Article not found" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("searchbox")).toBeVisible();
  });

  test("a lowercase id redirects to the canonical URL", async ({ page }) => {
    await page.goto("/kb/q244717");
    await expect(page).toHaveURL(/\/kb\/Q244717$/);
  });

  test("the article page fits a phone screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/kb/Q244717");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "test-results/screenshots/article-phone.png", fullPage: true });
  });

  test("dark mode toggles and persists", async ({ page }) => {
    await page.goto("/");
    const html = page.locator("html");
    const wasDark = (await html.getAttribute("class"))?.includes("dark") ?? false;
    await page.getByRole("button", { name: "Toggle dark mode" }).click();
    await expect(html).toHaveClass(wasDark ? /^(?!.*dark)/ : /dark/);
    await page.reload();
    await expect(html).toHaveClass(wasDark ? /^(?!.*dark)/ : /dark/);
  });
});
