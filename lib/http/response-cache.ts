import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { Lru } from "../cache/lru";
import { cachePolicy, NO_STORE, SHARED_CACHE_CONTROL } from "./cache-policy";

// The server's own shared cache, in front of Next: a public page or GET API is rendered once
// and then sent from memory until the database changes (`version`, SQLite's data_version),
// with a strong ETag so browsers and proxies revalidate with a 304. Bounded by bytes, so a
// stranger sending endless distinct addresses churns it but cannot grow it.

interface Entry {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  etag: string;
}

export interface ResponseCacheOptions {
  /** the bodies' total size */
  maxBytes: number;
  /** moves whenever the data does */
  version: () => number;
}

/** Longer addresses are answered, not kept. */
const MAX_KEY = 2048;
/** Headers of one connection or one moment, not of the answer. */
const NOT_STORED = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function responseCache({ maxBytes, version }: ResponseCacheOptions) {
  const entries = new Lru<string, Entry>(maxBytes, (e) => e.body.length + 1024);
  let seen = -1;

  return (next: Handler): Handler =>
    (req, res) => {
      const url = req.url ?? "/";
      const policy = cachePolicy(req.method, url, req.headers);
      if (policy === "build-asset") return next(req, res);
      if (policy === "no-store" || req.method !== "GET") {
        onHeaders(res, () => res.setHeader("cache-control", policy === "no-store" ? NO_STORE : SHARED_CACHE_CONTROL));
        return next(req, res);
      }
      const now = version();
      if (now !== seen) {
        entries.clear();
        seen = now;
      }
      // Next compresses by Accept-Encoding, so the gzip and plain answers are kept apart
      const key = `${/\bgzip\b/i.test(String(req.headers["accept-encoding"] ?? "")) ? "gzip" : "identity"} ${url}`;
      const hit = entries.get(key);
      if (hit) return send(req, res, hit);
      capture(res, (entry) => {
        const keep = entry.status === 200 && !entry.headers["set-cookie"] && key.length <= MAX_KEY;
        if (keep && version() === now) entries.set(key, entry);
        send(req, res, entry);
      });
      next(req, res);
    };
}

function send(req: IncomingMessage, res: ServerResponse, entry: Entry): void {
  // only a success is shared: an error or a redirect is answered afresh each time
  const ours =
    entry.status === 200 ? { etag: entry.etag, "cache-control": SHARED_CACHE_CONTROL } : { "cache-control": NO_STORE };
  if (entry.status === 200 && matches(req.headers["if-none-match"], entry.etag)) {
    res.writeHead(304, { ...ours, vary: entry.headers.vary ?? "Accept-Encoding" });
    res.end();
    return;
  }
  for (const name of res.getHeaderNames()) if (NOT_STORED.has(name)) res.removeHeader(name);
  res.writeHead(entry.status, { ...entry.headers, ...ours, "content-length": entry.body.length });
  res.end(entry.body);
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  return !!ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag || t.trim() === "*");
}

/** Sets a header just before the response's head goes out, whatever the handler set. */
function onHeaders(res: ServerResponse, set: () => void): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    set();
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
}

/**
 * Holds the handler's whole answer (Next streams it, and its compression writes through us),
 * then gives it to `done` with the methods restored, to send as it is or from the cache.
 */
function capture(res: ServerResponse, done: (entry: Entry) => void): void {
  const { write, end, writeHead, flushHeaders } = res;
  const chunks: Buffer[] = [];
  const take = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array),
    );
  };
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    res.statusCode = status;
    const headers = rest.find((r) => typeof r === "object" && r !== null) as
      | OutgoingHttpHeaders
      | (string | string[])[]
      | undefined;
    if (Array.isArray(headers))
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1]);
    else if (headers)
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    return res;
  } as ServerResponse["writeHead"];
  res.flushHeaders = () => {};
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    take(chunk, encoding);
    const cb = typeof encoding === "function" ? encoding : callback;
    if (typeof cb === "function") process.nextTick(cb as () => void);
    return true;
  }) as ServerResponse["write"];
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    take(chunk, encoding);
    Object.assign(res, { write, end, writeHead, flushHeaders });
    const body = Buffer.concat(chunks);
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(res.getHeaders()))
      if (!NOT_STORED.has(name) && name !== "cache-control" && name !== "etag" && value !== undefined)
        headers[name] = value;
    const etag = `"${createHash("sha1").update(body).digest("base64url").slice(0, 22)}"`;
    done({ status: res.statusCode, headers, body, etag });
    const cb = [chunk, encoding, callback].find((x) => typeof x === "function");
    if (cb) res.once("finish", cb as () => void);
    return res;
  }) as ServerResponse["end"];
}
