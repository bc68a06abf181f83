import { expect, test } from "@playwright/test";

test.describe("search", () => {
  test("'RAS port unavailable' finds Q244717 in the top 3 with a highlighted snippet", async ({ page }) => {
    // As a person would: press "/" as soon as the box shows, without waiting for hydration.
    await page.goto("/", { waitUntil: "commit" });
    const box = page.getByRole("combobox", { name: "Search the Knowledge Base" });
    await expect(box).toBeVisible();
    await page.keyboard.press("/");
    await expect(box).toBeFocused();
    await page.keyboard.type("RAS port unavailable");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=RAS\+port\+unavailable/);
    const results = page.getByTestId("search-results").locator("li");
    const top3 = await results.evaluateAll((items) => items.slice(0, 3).map((li) => li.textContent ?? ""));
    expect(top3.some((t) => t.includes("Q244717"))).toBe(true);
    await expect(results.first().locator("mark").first()).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/search.png", fullPage: true });
  });

  test("a Q number opens the article", async ({ page }) => {
    await page.goto("/search?q=244717");
    await expect(page).toHaveURL(/\/kb\/Q244717$/);
  });

  test("a file name finds the articles that ship it", async ({ page }) => {
    await page.goto("/search?q=rassrv.exe");
    await expect(page.getByTestId("search-results")).toContainText("Q244717");
  });

  test("hostile input never breaks the page", async ({ page }) => {
    for (const q of [
      '"unterminated',
      "NEAR(a b) AND (",
      "*",
      "x".repeat(10_000),
      "日本語 ümlaut",
      "<script>alert(1)</script>",
    ]) {
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response?.status(), q.slice(0, 20)).toBe(200);
    }
  });

  test("malformed query strings are named or ignored, never a 500", async ({ request }) => {
    for (const path of [
      "/kb?page=abc&sort=x;drop",
      "/kb?release=9.9&platform=sparc",
      "/search?q=%22&limit=abc",
      "/check?release=4.0&sp=SP9&limit=-1",
      "/files/%25",
    ]) {
      expect((await request.get(path)).status(), path).toBe(200);
    }
  });

  test("/api/health answers ok without a cache, for a load balancer", async ({ request }) => {
    const health = await request.get("/api/health");
    expect(health.status()).toBe(200);
    expect(await health.text()).toBe("ok");
    expect(health.headers()["cache-control"]).toBe("private, no-store");
  });

  test("the JSON API answers with results and names bad parameters", async ({ request }) => {
    const ok = await request.get("/api/search?q=rassrv&limit=5");
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body.results.map((r: { kbId: string }) => r.kbId)).toContain("Q244717");
    const bad = await request.get("/api/search?q=ras&limit=5000");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ code: "invalid", field: "limit" });
  });
});

test.describe("browsing", () => {
  test("filters narrow the list and survive a reload", async ({ page }) => {
    await page.goto("/kb");
    const count = page.getByTestId("result-count");
    const all = Number((await count.textContent())?.replace(/\D/g, ""));
    await page.getByLabel("Has hotfix files").check();
    await page.getByLabel("Platform").selectOption("alpha");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/platform=alpha/);
    const narrowed = Number((await count.textContent())?.replace(/\D/g, ""));
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    await page.reload();
    await expect(page.getByLabel("Platform")).toHaveValue("alpha");
    await expect(count).toHaveText(String(narrowed));
  });

  test("the kbarchive-style URL and a bare id redirect to the article", async ({ page }) => {
    await page.goto("/kb/244/Q244717");
    await expect(page).toHaveURL(/\/kb\/Q244717$/);
    await page.goto("/Q244717");
    await expect(page).toHaveURL(/\/kb\/Q244717$/);
  });

  test("the print view hides navigation", async ({ page }) => {
    await page.goto("/kb/Q244717");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("the feed is valid Atom", async ({ page, request }) => {
    const response = await request.get("/feed.xml");
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await response.text();
    // The browser's XML parser checks well-formedness; then the elements RFC 4287 requires.
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const ns = "http://www.w3.org/2005/Atom";
      const root = doc.documentElement;
      const entries = [...doc.getElementsByTagNameNS(ns, "entry")];
      return {
        error: doc.getElementsByTagName("parsererror").length > 0,
        root: `${root.namespaceURI} ${root.localName}`,
        feedHas: ["id", "title", "updated"].every((t) => root.getElementsByTagNameNS(ns, t).length > 0),
        entries: entries.length,
        entriesComplete: entries.every((e) =>
          ["id", "title", "updated"].every((t) => e.getElementsByTagNameNS(ns, t).length === 1),
        ),
        links: entries.map((e) => e.getElementsByTagNameNS(ns, "link")[0]?.getAttribute("href") ?? ""),
      };
    }, xml);
    expect(feed).toMatchObject({
      error: false,
      root: "http://www.w3.org/2005/Atom feed",
      feedHas: true,
      entriesComplete: true,
    });
    expect(feed.entries).toBeGreaterThan(0);
    expect(feed.links.some((l) => l.endsWith("/kb/Q244717"))).toBe(true);
  });

  test("the file page lists every article shipping Rassrv.exe", async ({ page }) => {
    await page.goto("/files/Rassrv.exe");
    await expect(page.getByRole("main")).toContainText("Q244717");
  });

  test("a misspelt file name suggests the shipped one, which leads to its articles", async ({ page }) => {
    await page.goto("/files/rasrv.exe");
    await expect(page.getByRole("main")).toContainText("No hotfix in the knowledge base ships a file of this name.");
    const similar = page.getByRole("region", { name: "Files with a similar name" });
    await similar.getByRole("link", { name: /^Rassrv\.exe/ }).click();
    await expect(page).toHaveURL(/\/files\/Rassrv\.exe$/);
    await expect(page.getByRole("main")).toContainText("Q244717");
  });
});

test.describe("products", () => {
  test("the product filter names each product with its count, and filters by it", async ({ page }) => {
    await page.goto("/kb");
    const product = page.getByLabel("Product");
    const options = await product.locator("option").allTextContents();
    expect(options[0]).toBe("Any");
    expect(options[1]).toMatch(/^Windows NT \(\d+\)$/);
    const networking = options.find((o) => o.startsWith("Windows for Workgroups and NT networking ("));
    expect(networking).toBeDefined();
    const count = Number(/\((\d+)\)/.exec(networking!)![1]);
    await product.selectOption({ label: networking! });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/product=crossnet/);
    const rows = page.getByTestId("article-list").locator("li");
    await expect(rows).toHaveCount(count);
    await expect(rows.first()).toContainText("Windows for Workgroups and NT networking");
  });
});
