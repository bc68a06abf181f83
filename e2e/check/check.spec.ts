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

  test("the why of a verdict: Q238171 on SP5 is an upgrade to SP6, and the SP6/6a fix list says so", async ({
    page,
  }) => {
    await page.goto("/check?release=4.0&sp=SP5&platform=x86");
    const entry = page.getByTestId("group-upgrade").locator("li", { hasText: "Q238171" }).first();
    await expect(entry).toContainText("Install Service Pack 6");
    const why = entry.getByTestId("evidence");
    await expect(why).toBeHidden();
    await entry.getByText("Why?").click();
    const fixList = why.locator('[data-kind="fix-list"]');
    await expect(fixList).toContainText("Fix list (SP6)");
    await expect(fixList.getByRole("link")).toHaveText(
      "Q244690 List of Bugs Fixed in Windows NT 4.0 Service Pack 6/6a (Part 2)",
    );
    await expect(fixList).toContainText("under “Networking”");
    await page.screenshot({ path: "test-results/screenshots/check-why.png" });
    await fixList.getByRole("link").click();
    await expect(page).toHaveURL(/\/kb\/Q244690$/);
  });

  test("pasting an installed hotfix package marks the seed article installed", async ({ page }) => {
    await page.goto("/check?release=4.0&sp=SP5&edition=terminal-server&platform=alpha");
    await expect(page.getByTestId("group-hotfix")).toContainText("Q244717");
    await page.getByLabel(/hotfixes you have installed/i).fill("Q244717i.exe");
    await page.getByRole("button", { name: "Check my system" }).click();
    await expect(page).toHaveURL(/hotfixes=Q244717i\.exe/);
    const installed = page.getByTestId("group-installed");
    await expect(installed.locator("li", { hasText: "Q244717" }).first()).toContainText(
      "You have this hotfix installed.",
    );
    await expect(page.getByTestId("group-hotfix")).not.toContainText("Q244717");
  });

  test("information and how-to articles are related reading, collapsed and not counted as problems", async ({
    page,
  }) => {
    await page.goto("/check?release=4.0&sp=SP3&edition=server&platform=x86");
    const reading = page.getByTestId("group-info");
    await expect(page.getByTestId("count-info")).not.toHaveText("0");
    await expect(reading.locator("li")).toHaveCount(0);
    await expect(page.getByTestId("group-no-fix")).not.toContainText("Q101229");
    await reading.getByRole("link", { name: /^Show the \d+/ }).click();
    await expect(page.getByTestId("group-info")).toContainText("Q101229");
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
    for (let i = 0; i < 6; i++) await page.keyboard.press("Tab"); // edition, platform, ver, installed, hotfixes, button
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

  test("every result carries its evidence; hotfixes= marks installed ones; a bad one is a 400", async ({ request }) => {
    const res = await request.get("/api/check?release=4.0&sp=SP5&platform=x86&limit=1000");
    const { results } = await res.json();
    expect(results.length).toBeGreaterThan(5);
    for (const r of results) {
      expect(r.evidence.length, r.id).toBeGreaterThan(0);
      expect(typeof r.conflict).toBe("boolean");
    }
    expect(results.some((r: { status: string }) => r.status === "info")).toBe(false);
    const reading = await (await request.get("/api/check?release=4.0&sp=SP5&platform=x86&status=info")).json();
    expect(reading.results.length).toBeGreaterThan(0);
    expect(reading.results.every((r: { status: string }) => r.status === "info")).toBe(true);
    const q238171 = results.find((r: { id: string }) => r.id === "Q238171");
    expect(q238171).toMatchObject({ status: "upgrade", fixedIn: { servicePack: "SP6" } });
    expect(q238171.evidence).toContainEqual(
      expect.objectContaining({
        kind: "fix-list",
        servicePack: "SP6",
        source: expect.objectContaining({ id: "Q244690" }),
      }),
    );
    const tse = "/api/check?release=4.0&sp=SP5&edition=terminal-server&platform=alpha";
    const installed = await (
      await request.get(`${tse}&hotfixes=${encodeURIComponent("Q244717_W2K_SP2_x86_en.exe")}`)
    ).json();
    expect(installed.results.find((r: { id: string }) => r.id === "Q244717")?.status).toBe("installed");
    expect(installed.counts.installed).toBe(1);
    const bad = await request.get(`${tse}&hotfixes=none-of-these`);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).field).toBe("hotfixes");
    const batch = await request.post("/api/check/batch", {
      data: {
        systems: [{ release: "4.0", sp: "SP5", edition: "terminal-server", platform: "alpha", hotfixes: "Q244717" }],
      },
    });
    const [first] = (await batch.json()).results;
    expect(first.results.find((r: { id: string }) => r.id === "Q244717")?.status).toBe("installed");
  });

  test("CSV export lists the results", async ({ request }) => {
    const res = await request.get("/api/check?release=4.0&sp=SP3&format=csv");
    expect(res.headers()["content-type"]).toContain("text/csv");
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines[0]).toBe(
      '"id","title","status","fixed_in","files","superseded_by","reason","evidence","conflict","url"',
    );
    expect(lines.some((l) => l.startsWith('"Q154985"') && l.includes('"upgrade"'))).toBe(true);
  });
});
