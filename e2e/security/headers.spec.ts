import { expect, test } from "@playwright/test";
import { ADMIN, ensureUser, signIn } from "../admin/fixtures";

test.beforeAll(() => ensureUser(ADMIN, "admin"));

// Records every Content-Security-Policy violation the page reports, from its first script on.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

const violations = (page: import("@playwright/test").Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test("every kind of response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/kb/Q244717", "/api/search?q=ras", "/feed.xml", "/kb/Q1", "/kb/%E0"]) {
    const headers = (await request.get(path, { maxRedirects: 0 })).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
});

test("the public pages work under the policy: no violation, scripts run", async ({ page }) => {
  for (const path of [
    "/",
    "/kb/Q244717",
    "/kb?platform=alpha",
    "/search?q=rassrv",
    "/check?release=4.0&sp=SP5&edition=terminal-server&platform=alpha",
    "/files/Rassrv.exe",
  ]) {
    await page.goto(path);
    // a hydrated toggle proves that the page's scripts ran
    const dark = await page.evaluate(() => document.documentElement.classList.contains("dark"));
    await page.getByRole("button", { name: "Toggle dark mode" }).click();
    await expect(page.locator("html")).toHaveClass(dark ? /^(?!.*\bdark\b)/ : /\bdark\b/);
    expect(await violations(page), path).toEqual([]);
  }
});

test("the admin editor and its live preview work under the policy", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/kb/new");
  await page.getByLabel("Body (markdown)").fill("## Symptoms\n\nThe **service** stops.");
  await expect(page.getByTestId("preview").locator("strong")).toHaveText("service");
  expect(await violations(page)).toEqual([]);
});
