import { expect, test } from "@playwright/test";
import { ADMIN, ensureUser, freshKbId, signIn } from "./fixtures";

test.beforeAll(() => ensureUser(ADMIN, "admin"));

test("an admin made with the CLI creates, finds, edits and restores an article", async ({ page }) => {
  const id = await freshKbId();
  await signIn(page, ADMIN);
  await page.screenshot({ path: "test-results/admin-list.png", fullPage: true });

  await page.getByRole("link", { name: "New article", exact: true }).first().click();
  await page.getByLabel("Article id").fill(id);
  await page.getByLabel("Title").fill("Zebrafish service stops after quaggaload");
  await page.getByLabel("Fixed in").fill("4.0 SP6a");
  await page.getByLabel("Keywords").fill("kbbug kbfix");
  await page.getByRole("button", { name: "Add file" }).click();
  await page.getByRole("button", { name: "Add file" }).click();
  const rows = [
    ["Zebra.dll", "1999-11-30", "17:05", "61712", "4.0.1381.133", "x86"],
    ["Zebra.dll", "1999-11-30", "17:06", "99120", "4.0.1381.133", "alpha"],
  ];
  for (const [i, [name, date, time, size, version, platform]] of rows.entries()) {
    await page.getByLabel(`File name, row ${i + 1}`).fill(name);
    await page.getByLabel(`Date, row ${i + 1}`).fill(date);
    await page.getByLabel(`Time, row ${i + 1}`).fill(time);
    await page.getByLabel(`Size (bytes), row ${i + 1}`).fill(size);
    await page.getByLabel(`Version, row ${i + 1}`).fill(version);
    await page.getByLabel(`Platform, row ${i + 1}`).selectOption(platform);
  }
  await page.getByLabel("Body (markdown)").fill("## Symptoms\n\nThe **zebrafish** service stops.\n\nSee Q238171.");
  await expect(page.getByTestId("preview").locator("strong")).toHaveText("zebrafish");
  await expect(page.getByTestId("preview").locator("h2")).toContainText("Symptoms");
  await page.screenshot({ path: "test-results/admin-edit-preview.png", fullPage: true });

  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/kb/${id}\\?saved=1`));
  await expect(page.getByRole("status")).toContainText("revision 1");

  await page.goto("/search?q=quaggaload");
  await expect(page.getByTestId("search-results").locator(`a[href="/kb/${id}"]`)).toHaveText(/Zebrafish service stops/);
  await page.goto(`/kb/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zebrafish service stops after quaggaload");
  await expect(page.getByTestId("hotfix-files").locator("tbody tr")).toHaveCount(2);

  await page.goto(`/admin/kb/${id}`);
  await page.getByLabel("Title").fill("Zebrafish service stops after quaggaload on SMP");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/saved=2/);

  await page.goto(`/admin/kb/${id}/history`);
  const diff = page.getByTestId("diff");
  await expect(diff).toContainText("removed: title: Zebrafish service stops after quaggaload");
  await expect(diff).toContainText("added: title: Zebrafish service stops after quaggaload on SMP");
  await page.screenshot({ path: "test-results/admin-history.png", fullPage: true });

  await page.getByRole("button", { name: "Restore revision 1" }).click();
  await expect(page.getByRole("status")).toContainText("Revision 1 restored as revision 3");
  await page.goto(`/kb/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zebrafish service stops after quaggaload");
});

test("a failed save names the field and keeps what was typed", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/kb/new");
  await page.getByLabel("Article id").fill("KB12");
  await page.getByLabel("Title").fill("Kept title");
  await page.getByRole("button", { name: "Add file" }).click();
  await page.getByLabel("File name, row 1").fill("kept.sys");
  await page.getByLabel("Date, row 1").fill("30/11/1999");
  await page.getByLabel("Body (markdown)").fill("Kept body");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/Article id: must be "Q"/)).toBeVisible();
  await expect(page.getByText(/Row 1 date: must be a date YYYY-MM-DD/)).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue("Kept title");
  await expect(page.getByLabel("File name, row 1")).toHaveValue("kept.sys");
  await expect(page.getByLabel("Body (markdown)")).toHaveValue("Kept body");
});

test("markdown XSS payloads are inert in the preview and on the public page", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  const id = await freshKbId();
  await signIn(page, ADMIN);
  await page.goto("/admin/kb/new");
  await page.getByLabel("Article id").fill(id);
  await page.getByLabel("Title").fill("XSS probe");
  const body =
    '<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n<img src=x onerror="alert(1)">\n\n<svg onload="alert(1)"></svg>';
  await page.getByLabel("Body (markdown)").fill(body);
  const preview = page.getByTestId("preview");
  await expect(preview.locator("a")).toHaveCount(1);
  await expect(preview.locator("script, [onerror], [onload], a[href^='javascript']")).toHaveCount(0);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/saved=1/);
  await page.goto(`/kb/${id}`);
  await expect(page.locator("article").locator("script, [onerror], [onload], a[href^='javascript']")).toHaveCount(0);
  expect(dialogs).toBe(0);
});
