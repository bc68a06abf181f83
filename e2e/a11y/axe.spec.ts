import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, ensureUser, freshKbId, routesOnDisk, signIn } from "../admin/fixtures";

// Every page a person reaches, in both themes, signed out and in: axe finds no serious or
// critical violation (contrast, names, labels, landmarks, ARIA).
const PUBLIC = [
  "/",
  "/kb",
  "/kb?platform=alpha&hotfix=1&sort=date",
  "/kb/Q244717",
  "/search?q=ras+port",
  "/search?q=zzzznothing",
  "/check",
  "/check?release=4.0&sp=SP5&edition=terminal-server&platform=alpha",
  "/check?release=9.9",
  "/files/Rassrv.exe",
  "/signin",
  "/kb/Q1",
];
// Found on disk, so a new admin page is scanned without being listed here.
const ADMIN_PAGES = () => routesOnDisk("admin", "page.tsx", "Q244717").map((r) => r.path);

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes.length}× e.g. ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

/** An article created and deleted through the admin, so the list shows a deleted row too. */
async function deletedArticle(page: Page) {
  const id = await freshKbId();
  await page.goto("/admin/kb/new");
  await page.getByLabel("Article id").fill(id);
  await page.getByLabel("Title").fill("Deleted for the accessibility scan");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/saved=1/);
  await page.goto(`/admin?q=${id}`);
  await page.getByRole("button", { name: `Delete ${id}` }).click();
  await expect(page.getByRole("button", { name: `Restore ${id}` })).toBeVisible();
}

/** Opens each page, waits for what a person would see (the editor's preview), and scans it. */
async function scan(page: Page, paths: string[]): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const path of paths) {
    await page.goto(path);
    const preview = page.getByTestId("preview");
    if (await preview.count()) await expect(preview).not.toContainText("Rendering preview");
    const v = await seriousViolations(page);
    if (v.length) found[path] = v;
  }
  return found;
}

test.beforeAll(() => ensureUser(ADMIN, "admin"));

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test("public pages have no serious accessibility violations", async ({ page }) => {
      test.setTimeout(90_000);
      expect(await scan(page, PUBLIC)).toEqual({});
    });

    test("admin pages have no serious accessibility violations", async ({ page }) => {
      test.setTimeout(90_000);
      await signIn(page, ADMIN);
      await deletedArticle(page);
      expect(await scan(page, ADMIN_PAGES())).toEqual({});
    });
  });
}
