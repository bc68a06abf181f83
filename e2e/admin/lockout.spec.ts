import { expect, test, type Page } from "@playwright/test";
import { ensureUser, signIn } from "./fixtures";

const ALICE = { email: "alice@e2e.test", password: "alice password 123" };

/** An account of its own for a test that locks it, so a repeated run starts unlocked. */
function freshUser(name: string, role: "admin" | "editor") {
  const user = { email: `${name}-${Date.now()}@e2e.test`, password: `${name} password 123` };
  ensureUser(user, role);
  return user;
}

test.beforeAll(() => ensureUser(ALICE, "admin"));

/** One sign-in through the form; waits for this attempt's answer (the same message can repeat). */
async function attempt(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/signin")),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
}

test("five wrong passwords lock the account out, even for the right one", async ({ page }) => {
  test.setTimeout(60_000);
  const VICTIM = freshUser("victim", "editor");
  await page.goto("/signin");
  for (let i = 0; i < 5; i++) {
    await attempt(page, VICTIM.email, `wrong guess ${i}`);
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      i < 4 ? "Wrong email or password" : "Too many failed sign-ins",
    );
  }
  await page.getByLabel("Email").fill(VICTIM.email);
  await page.getByLabel("Password").fill(VICTIM.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Try again in 15 minutes");
  await expect(page).toHaveURL(/\/signin/);
});

test.describe("a stranger cannot lock a real admin out", () => {
  // Each guess claims another address, as an attacker behind no proxy would try.
  test("five failures for made-up accounts from alice's address, then alice signs in", async ({ browser }) => {
    test.setTimeout(60_000);
    const stranger = await browser.newPage();
    const run = Date.now();
    await stranger.goto("/signin");
    for (let i = 0; i < 5; i++) {
      await stranger.setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.100.${i}` });
      await attempt(stranger, `mallory${i}-${run}@evil.example`, "guess");
      await expect(stranger.getByRole("main").getByRole("alert")).toContainText("Wrong email or password");
    }
    await stranger.close();

    const page = await browser.newPage();
    await signIn(page, ALICE);
    await page.close();
  });

  test("X-Forwarded-For is not believed without TRUST_PROXY: the audit log has the socket's address", async ({
    page,
  }) => {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.99" });
    await signIn(page, ALICE);
    await page.goto("/admin/audit");
    const signin = page
      .getByTestId("audit-log")
      .getByRole("row")
      .filter({ hasText: ALICE.email })
      .filter({ has: page.getByRole("cell", { name: "signin", exact: true }) })
      .first();
    await expect(signin).toContainText(/127\.0\.0\.1|::1/);
    await expect(page.getByTestId("audit-log")).not.toContainText("203.0.113.99");
  });

  test("the browser an admin signed in with gets in while the account is locked for others", async ({ browser }) => {
    test.setTimeout(60_000);
    const ADMIN = freshUser("locked-admin", "admin");
    const alice = await browser.newContext();
    const page = await alice.newPage();
    await signIn(page, ADMIN);
    await page.getByRole("button", { name: "Sign out" }).click();

    const stranger = await browser.newPage();
    await stranger.goto("/signin");
    for (let i = 0; i < 5; i++) await attempt(stranger, ADMIN.email, `guess ${i}`);
    await expect(stranger.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-ins");
    await attempt(stranger, ADMIN.email, ADMIN.password);
    await expect(stranger.getByRole("main").getByRole("alert")).toContainText("Too many failed sign-ins");
    await stranger.close();

    await signIn(page, ADMIN);
    await alice.close();
  });
});
