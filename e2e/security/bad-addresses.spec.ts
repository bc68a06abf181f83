import { expect, test } from "@playwright/test";

// Broken percent-encoding never reaches Next's router (which would answer a bare 500): pages get
// the site's 404 page, the API its JSON error.
test("a page address with broken percent-encoding shows the site's 404 page", async ({ page }) => {
  for (const path of ["/kb/%E0", "/files/%E0", "/kb/%", "/%C0%AF"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Article not found");
    await expect(page.getByRole("combobox", { name: "Search the Knowledge Base" })).toBeVisible();
  }
});

test("an API address with broken percent-encoding answers a JSON 400", async ({ request }) => {
  const response = await request.get("/api/articles/%E0");
  expect(response.status()).toBe(400);
  expect(await response.json()).toMatchObject({ code: "invalid" });
});

test("a file name is taken as it was encoded once, not decoded twice", async ({ page }) => {
  await page.goto("/files/a%2520b.dll");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("a%20b.dll");
  await expect(page).toHaveTitle(/^File a%20b\.dll/);
  await page.goto("/files/Rassrv%2Eexe");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rassrv.exe");
  await expect(page.getByRole("table")).toContainText("Q244717");
});
