import { expect, test } from "@playwright/test";
import { ensureUser } from "./fixtures";

const VICTIM = { email: "victim@e2e.test", password: "victim password 123" };

// Its own client address, so the per-address lock does not hold up the other specs.
test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77" } });
test.beforeAll(() => ensureUser(VICTIM, "editor"));

test("five wrong passwords lock the account out, even for the right one", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/signin");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email").fill(VICTIM.email);
    await page.getByLabel("Password").fill(`wrong guess ${i}`);
    // The same message repeats: wait for this attempt's answer, not the previous one's.
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/signin")),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    await expect(page.getByRole("main").getByRole("alert")).toContainText(i < 4 ? "Wrong email or password" : "Too many failed sign-ins");
  }
  await page.getByLabel("Email").fill(VICTIM.email);
  await page.getByLabel("Password").fill(VICTIM.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Try again in 15 minutes");
  await expect(page).toHaveURL(/\/signin/);
});
