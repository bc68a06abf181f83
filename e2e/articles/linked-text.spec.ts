import { expect, test } from "@playwright/test";

test.describe("linked article text", () => {
  test("the reference line in Q244717's text is a link that opens Q238171", async ({ page }) => {
    await page.goto("/kb/Q244717");
    const body = page.locator(".prose");
    // the indented "Q238171 RAS Port Becomes Unavailable..." line is a reference, not code
    await expect(body.locator("pre", { hasText: "Q238171" })).toHaveCount(0);
    const link = body.locator(".kb-reference-list").getByRole("link", { name: "Q238171" });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/kb\/Q238171$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("RAS Port Becomes Unavailable in Windows NT 4.0");
  });

  test("a cited article that is not in the database is marked", async ({ page }) => {
    await page.goto("/kb/Q238171");
    const missing = page.locator(".prose a.kb-ref-missing").first();
    await expect(missing).toHaveAttribute("title", /is not in this knowledge base/);
    const present = page.locator(".prose a.kb-ref:not(.kb-ref-missing)");
    for (const href of await present.evaluateAll((links) => links.map((a) => a.getAttribute("href"))))
      expect((await page.request.get(href ?? "")).status(), href ?? "").toBe(200);
  });

  test("/kb/Q244717#status opens at the Status section, and #files at the hotfix files", async ({ page }) => {
    await page.goto("/kb/Q244717#status");
    await expect(page.getByRole("heading", { name: "Status" })).toBeInViewport();
    await expect(page.getByRole("heading", { level: 1 })).not.toBeInViewport();
    await page.goto("/kb/Q244717#files");
    await expect(page.getByRole("heading", { name: "Hotfix files" })).toBeInViewport();
  });

  test("'Additional query words:' with nothing after it is not shown", async ({ page }) => {
    await page.goto("/kb/Q244717");
    await expect(page.getByRole("heading", { name: "More Information" })).toBeVisible();
    await expect(page.getByText("Additional query words")).toHaveCount(0);
  });
});
