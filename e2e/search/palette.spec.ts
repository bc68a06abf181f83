import { expect, test } from "@playwright/test";

test.describe("search as you type", () => {
  test("finds Q244717 from 'ras por' with the keyboard alone", async ({ page }) => {
    await page.goto("/kb");
    await page.keyboard.press("/");
    await page.keyboard.type("ras por");
    const list = page.getByRole("listbox", { name: "Suggestions" });
    const option = list.getByRole("option").filter({ hasText: "Q244717" });
    await expect(option).toBeVisible();
    const options = await list.getByRole("option").allTextContents();
    const at = options.findIndex((t) => t.includes("Q244717"));
    for (let i = 0; i <= at; i++) await page.keyboard.press("ArrowDown");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await page.screenshot({ path: "test-results/screenshots/palette.png" });
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/kb\/Q244717$/);
  });

  test("Ctrl+K focuses the box; Q numbers and file names are recognised", async ({ page }) => {
    await page.goto("/kb/Q244717");
    await page.keyboard.press("Control+k");
    await expect(page.getByRole("combobox", { name: "Search the Knowledge Base" })).toBeFocused();
    await page.keyboard.type("244717");
    await expect(page.getByRole("option").first()).toContainText("Open Q244717");
    await page.keyboard.press("Escape");
    const box = page.getByRole("combobox", { name: "Search the Knowledge Base" });
    await expect(page.getByRole("listbox", { name: "Suggestions" })).toBeHidden();
    await expect(box).toHaveValue("244717"); // Escape closes the list, the text stays
    await box.fill("rassrv.exe");
    const file = page.getByRole("option", { name: /Hotfixes that ship rassrv\.exe/ });
    await expect(file).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/files\/rassrv\.exe$/);
  });

  test("the last searches are remembered in this browser", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("combobox", { name: "Search the Knowledge Base" });
    await box.fill("printer spooler");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=printer\+spooler/);
    await page.goto("/kb");
    await page.getByRole("combobox", { name: "Search the Knowledge Base" }).focus();
    const recent = page.getByRole("listbox", { name: "Recent searches" });
    await expect(recent.getByRole("option").first()).toContainText("printer spooler");
  });

  test("without JavaScript the box is the plain search form", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("combobox", { name: "Search the Knowledge Base" }).fill("rassrv");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=rassrv/);
    await expect(page.getByTestId("search-results")).toContainText("Q244717");
    await context.close();
  });
});

test.describe("facets", () => {
  test("a facet's count is the number of results after choosing it", async ({ page }) => {
    await page.goto("/search?q=ras");
    const platform = page.locator('select[name="platform"]');
    const alpha = platform.locator('option[value="alpha"]');
    const n = Number(await alpha.getAttribute("data-count"));
    expect(n).toBeGreaterThan(0);
    await expect(alpha).toHaveText(`Alpha (${n})`);
    await platform.selectOption("alpha");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/platform=alpha/);
    await expect(page.getByTestId("result-count")).toHaveText(new RegExp(`^${n} articles?\\b`));
    await expect(page.getByTestId("search-results").locator("li")).toHaveCount(Math.min(n, 20));
    // a value that would give nothing cannot be chosen
    await expect(platform.locator("option[disabled]").first()).toHaveAttribute("data-count", "0");
    await page.screenshot({ path: "test-results/screenshots/search-facets.png", fullPage: true });
  });

  test("a result links to the section where its match is", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent('"port status mismatch"')}`);
    const first = page.getByTestId("search-results").getByRole("link").first();
    await expect(first).toHaveAttribute("href", /^\/kb\/Q(244717|238171)#cause$/); // both have that sentence
    await first.click();
    await expect(page.getByRole("heading", { name: "Cause" })).toBeInViewport();
  });
});
