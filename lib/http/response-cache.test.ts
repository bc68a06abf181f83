import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NO_STORE, SHARED_CACHE_CONTROL } from "./cache-policy";
import { type Handler, responseCache } from "./response-cache";

// A real HTTP server: the cache in front of a handler that streams its answer in pieces the
// way Next does (setHeader, several writes, end) and counts what it renders and how it was asked.
let server: Server;
let base: string;
let version = 1;
let renders = 0;
let seenEncodings: (string | undefined)[] = [];
let raced = false;

const app: Handler = (req, res) => {
  renders++;
  seenEncodings.push(req.headers["accept-encoding"] as string | undefined);
  const url = new URL(req.url ?? "/", "http://x");
  if (url.pathname === "/kb/missing") {
    res.statusCode = 404;
    res.end("no such article");
    return;
  }
  res.setHeader("content-type", "text/html");
  res.setHeader("cache-control", "private, no-cache, no-store");
  res.setHeader("x-content-type-options", "nosniff");
  const body = `<p>${url.pathname}${url.search} v${version} ${"x".repeat(Number(url.searchParams.get("pad") ?? 0))}</p>`;
  if (url.pathname === "/kb/racing" && !raced) {
    // an edit lands while this page renders, and another request sees it before this one ends
    raced = true;
    version++;
    void fetch(`${base}/kb/other`).then(async (r) => {
      await r.text();
      res.end(body);
    });
    return;
  }
  res.write(body.slice(0, 5));
  setTimeout(() => res.end(body.slice(5)), 1);
};

beforeAll(async () => {
  const cached = responseCache({ maxBytes: 64 * 1024, version: () => version })(app);
  server = createServer(cached);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  renders = 0;
  seenEncodings = [];
  version++;
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });

describe("responseCache", () => {
  it("renders a public page once, then answers from memory with the same body and a validator", async () => {
    const first = await get("/kb/Q244717", { "accept-encoding": "identity" });
    const second = await get("/kb/Q244717", { "accept-encoding": "identity" });
    expect(await second.text()).toBe(await first.text());
    expect(renders).toBe(1);
    for (const r of [first, second]) {
      expect(r.headers.get("cache-control")).toBe(SHARED_CACHE_CONTROL);
      expect(r.headers.get("etag")).toMatch(/^"[\w-]{22}"$/);
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    }
    expect(second.headers.get("etag")).toBe(first.headers.get("etag"));
  });

  it("answers a matching If-None-Match with a 304 and no body", async () => {
    const etag = (await get("/search?q=ras")).headers.get("etag")!;
    const again = await get("/search?q=ras", { "if-none-match": `W/${etag}` });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect((await get("/search?q=ras", { "if-none-match": '"other"' })).status).toBe(200);
    expect(renders).toBe(1);
  });

  it("renders again once the data has changed, with a new validator", async () => {
    const before = await get("/api/search?q=dhcp");
    version++;
    const after = await get("/api/search?q=dhcp");
    expect(renders).toBe(2);
    expect(await after.text()).toContain(`v${version}`);
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    const stale = await get("/api/search?q=dhcp", { "if-none-match": before.headers.get("etag")! });
    expect(stale.status).toBe(200);
  });

  it("asks for the plain answer and gzips it once: no client's Accept-Encoding decides what others get", async () => {
    const page = "/kb/Q1?pad=2000";
    const raw = (headers: Record<string, string>) =>
      new Promise<{ encoding?: string; etag?: string; body: Buffer }>((resolve, reject) => {
        const req = request(base + page, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            resolve({
              encoding: res.headers["content-encoding"],
              etag: res.headers.etag,
              body: Buffer.concat(chunks),
            }),
          );
        });
        req.on("error", reject);
        req.end();
      });
    const deflate = await raw({ "accept-encoding": "deflate" });
    expect(seenEncodings).toEqual(["identity"]);
    expect(deflate.encoding).toBeUndefined();
    const none = await raw({});
    expect(none.encoding).toBeUndefined();
    expect(none.body.equals(deflate.body)).toBe(true);
    const zipped = await raw({ "accept-encoding": "gzip, deflate, br" });
    expect(zipped.encoding).toBe("gzip");
    expect(gunzipSync(zipped.body).equals(none.body)).toBe(true);
    expect(zipped.etag).toBe(`${none.etag!.slice(0, -1)}-gz"`);
    expect((await raw({ "accept-encoding": "gzip;q=0" })).encoding).toBeUndefined();
    expect((await raw({ "accept-encoding": "*" })).encoding).toBe("gzip");
    expect(renders).toBe(1);
  });

  it("does not keep an answer rendered while the data changed", async () => {
    await get("/kb/racing");
    await get("/kb/racing");
    expect(renders).toBe(3); // racing, the other page, racing again from the new data
  });

  it("never keeps or marks as shared what a session, a token, the admin or the router asks for", async () => {
    for (const [path, headers] of [
      ["/kb/Q2", { cookie: "theme=dark; kb_session=abc" }],
      ["/api/check?release=4.0", { authorization: "Bearer kb_x" }],
      ["/kb/Q2", { rsc: "1" }],
      ["/admin", {}],
      ["/signin", {}],
      ["/api/health", {}],
    ] as [string, Record<string, string>][]) {
      const a = await get(path, headers);
      await get(path, headers);
      expect(a.headers.get("cache-control"), path).toBe(NO_STORE);
      expect(a.headers.get("etag"), path).toBeNull();
    }
    expect(renders).toBe(12);
    // a cookie of another name does not stop a page being shared
    await get("/kb/Q3", { cookie: "kb_device=x" });
    await get("/kb/Q3", { cookie: "kb_device=x" });
    expect(renders).toBe(13);
  });

  it("sends an error as it came, marked not to be kept, and does not keep it", async () => {
    const r = await get("/kb/missing");
    await get("/kb/missing");
    expect(r.status).toBe(404);
    expect(await r.text()).toBe("no such article");
    expect(r.headers.get("cache-control")).toBe(NO_STORE);
    expect(renders).toBe(2);
  });

  it("stays within its bytes however many distinct addresses a stranger sends", async () => {
    const plain = { "accept-encoding": "identity" };
    for (let i = 0; i < 40; i++) await get(`/search?q=${i}&pad=4000`, plain);
    // 40 answers of 4 KB do not fit in 64 KB: the first ones have gone, the last is there
    await get("/search?q=39&pad=4000", plain);
    expect(renders).toBe(40);
    await get("/search?q=0&pad=4000", plain);
    expect(renders).toBe(41);
  });
});
