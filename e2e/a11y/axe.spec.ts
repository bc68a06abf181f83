import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, ensureUser, signIn } from "../admin/fixtures";

// Every page a person reaches, in both themes, signed out and in: axe finds no serious or
// critical violation (contrast, names, labels, landmarks, ARIA).
const PUBLIC = [
  "/",
  "/kb",
  "/kb?platform=alpha&hotfix=1&sort=date",
  "/kb/Q244717",
  "/kb/Q244717/print",
  "/search?q=ras+port",
  "/search?q=zzzznothing",
  "/check",
  "/check?release=4.0&sp=SP5&edition=terminal-server&platform=alpha",
  "/check?release=9.9",
  "/files/Rassrv.exe",
  "/signin",
  "/kb/Q1",
];
const ADMIN_PAGES = [
  "/admin",
  "/admin/kb/new",
  "/admin/kb/Q244717",
  "/admin/kb/Q244717/history",
  "/admin/users",
  "/admin/audit",
];

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

test.beforeAll(() => ensureUser(ADMIN, "admin"));

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test("public pages have no serious accessibility violations", async ({ page }) => {
      test.setTimeout(90_000);
      const found: Record<string, string[]> = {};
      for (const path of PUBLIC) {
        await page.goto(path);
        const v = await seriousViolations(page);
        if (v.length) found[path] = v;
      }
      expect(found).toEqual({});
    });

    test("admin pages have no serious accessibility violations", async ({ page }) => {
      test.setTimeout(90_000);
      await signIn(page, ADMIN);
      const found: Record<string, string[]> = {};
      for (const path of ADMIN_PAGES) {
        await page.goto(path);
        const v = await seriousViolations(page);
        if (v.length) found[path] = v;
      }
      expect(found).toEqual({});
    });
  });
}
