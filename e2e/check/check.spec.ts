import { expect, test } from "@playwright/test";

const VER_SP3 =
  "Microsoft(R) Windows NT(TM)\n(C) Copyright 1985-1996 Microsoft Corp.\n\nVersion 4.0 (Build 1381: Service Pack 3)";

test.describe("check my system", () => {
  test("pasted ver output gives grouped results that the URL reproduces", async ({ page }) => {
    await page.goto("/check");
    await page.getByLabel(/paste ver/i).fill(VER_SP3);
    await page.getByRole("button", { name: "Check my system" }).click();
    await expect(page).toHaveURL(/ver=/);
    await expect(page.getByTestId("system-summary")).toHaveText(/Windows NT 4\.0, SP3/);
    const upgrade = page.getByTestId("group-upgrade");
    await expect(upgrade).toContainText("Q154985");
    await expect(upgrade.locator("li", { hasText: "Q154985" })).toContainText("Service Pack 4");
    // 3.51-only articles are not listed for 4.0.
    await expect(page.getByRole("main")).not.toContainText("Q130876");
    const counts = await page.locator("[data-testid^=count-]").allTextContents();
    await page.screenshot({ path: "test-results/screenshots/check.png", fullPage: true });

    await page.goto(page.url());
    expect(await page.locator("[data-testid^=count-]").allTextContents()).toEqual(counts);
    await expect(page.getByTestId("group-upgrade")).toContainText("Q154985");
  });

  test("Terminal Server SP5 on Alpha: Q244717 is a hotfix with the Alpha Rassrv.exe", async ({ page }) => {
    await page.goto("/check?release=4.0&sp=SP5&edition=terminal-server&platform=alpha");
    const entry = page.getByTestId("group-hotfix").locator("li", { hasText: "Q244717" }).first();
    await expect(entry).toContainText("Rassrv.exe");
    await expect(entry).toContainText("123,664");
    await expect(entry).not.toContainText("69,904");
  });

  test("the service-pack timeline marks where the user stands", async ({ page }) => {
    await page.goto("/check?release=4.0&sp=SP3&platform=x86");
    const timeline = page.getByTestId("timeline");
    await expect(timeline).toBeVisible();
    await expect(timeline.getByRole("listitem", { name: /SP3, your system/ })).toBeVisible();
    await expect(timeline.getByRole("listitem", { name: /^SP4, \d+ fixes/ })).toBeVisible();
  });

  test("an impossible system is named on the form", async ({ page }) => {
    await page.goto("/check?release=3.51&sp=SP9");
    await expect(page.getByRole("main").getByRole("alert")).toContainText(/SP9/);
    await expect(page.getByLabel("Service pack")).toHaveAttribute("aria-invalid", "true");
  });

  test("the form works with the keyboard alone", async ({ page }) => {
    await page.goto("/check");
    await page.getByLabel("Release").focus();
    await page.keyboard.press("Tab"); // build
    await page.keyboard.type("1381");
    await page.keyboard.press("Tab"); // service pack
    await page.keyboard.type("SP3");
    for (let i = 0; i < 5; i++) await page.keyboard.press("Tab"); // edition, platform, ver, installed, button
    await expect(page.getByRole("button", { name: "Check my system" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/build=1381/);
    await expect(page.getByTestId("group-upgrade")).toContainText("Q154985");
  });
});

test.describe("check API", () => {
  test("GET /api/check answers with the system, counts and results", async ({ request }) => {
    const res = await request.get("/api/check?release=4.0&sp=SP5&edition=terminal-server&platform=alpha");
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.system).toMatchObject({
      release: "4.0",
      servicePack: "SP5",
      edition: "terminal-server",
      platform: "alpha",
    });
    const q244717 = body.results.find((r: { id: string }) => r.id === "Q244717");
    expect(q244717).toMatchObject({ status: "hotfix", supersededBy: null });
    expect(q244717.files).toEqual([expect.objectContaining({ name: "Rassrv.exe", size: 123664, platform: "alpha" })]);
    expect(body.counts.hotfix).toBeGreaterThan(0);
  });

  test("bad parameters give 400 naming the parameter", async ({ request }) => {
    for (const [query, param] of [
      ["release=9.9", "release"],
      ["release=3.51&sp=SP9", "sp"],
      ["release=3.1&platform=ppc", "platform"],
      ["release=4.0&limit=abc", "limit"],
      ["release=4.0&status=maybe", "status"],
    ]) {
      const res = await request.get(`/api/check?${query}`);
      expect(res.status(), query).toBe(400);
      expect((await res.json()).field, query).toBe(param);
    }
  });

  test("POST /api/check/batch checks several systems", async ({ request }) => {
    const res = await request.post("/api/check/batch", {
      data: {
        systems: [{ release: "4.0", sp: "SP3" }, { ver: "Version 4.0 (Build 1381: Service Pack 5)" }, { release: "9" }],
      },
    });
    expect(res.status()).toBe(200);
    const { results } = await res.json();
    expect(results).toHaveLength(3);
    expect(results[0].system.servicePack).toBe("SP3");
    expect(results[1].system.servicePack).toBe("SP5");
    expect(results[2]).toMatchObject({ index: 2, code: "invalid", field: "release" });
    const tooMany = await request.post("/api/check/batch", { data: { systems: Array(101).fill({ release: "4.0" }) } });
    expect(tooMany.status()).toBe(400);
  });

  test("CSV export lists the results", async ({ request }) => {
    const res = await request.get("/api/check?release=4.0&sp=SP3&format=csv");
    expect(res.headers()["content-type"]).toContain("text/csv");
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines[0]).toBe('"id","title","status","fixed_in","files","superseded_by","reason","url"');
    expect(lines.some((l) => l.startsWith('"Q154985"') && l.includes('"upgrade"'))).toBe(true);
  });
});
