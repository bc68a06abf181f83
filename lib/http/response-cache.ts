import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { Lru } from "../cache/lru";
import { cachePolicy, NO_STORE, SHARED_CACHE_CONTROL } from "./cache-policy";

// The server's own shared cache, in front of Next: a public page or GET API is rendered once
// and then sent from memory until the articles change (`version`), with a strong ETag so
// browsers and proxies revalidate with a 304. Next is asked for the plain answer and the cache
// gzips it once, so what a client's Accept-Encoding says can never change what others are sent,
// and every server process gives the same page the same ETag. Bounded by bytes, so a stranger
// sending endless distinct addresses churns it but cannot grow it.

interface Entry {
  status: number;
  headers: OutgoingHttpHeaders;
  /** the plain answer */
  body: Buffer;
  /** the same gzipped, when it is text worth compressing */
  gzip: Buffer | null;
  /** of the plain answer; the gzip one is told apart by a suffix */
  etag: string;
}

export interface ResponseCacheOptions {
  /** what the entries may weigh in all: bodies plain and gzipped, headers and keys */
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
  const entries = new Lru<string, Entry>(
    maxBytes,
    (e) => e.body.length + (e.gzip?.length ?? 0) + JSON.stringify(e.headers).length + MAX_KEY,
  );
  let seen = -1;

  return (next: Handler): Handler =>
    (req, res) => {
      const url = req.url ?? "/";
      const policy = cachePolicy(req.method, url, req.headers);
      if (policy === "build-asset") return next(req, res);
      if (policy === "no-store") {
        onHeaders(res, () => res.setHeader("cache-control", NO_STORE));
        return next(req, res);
      }
      const now = version();
      if (now !== seen) {
        entries.clear();
        seen = now;
      }
      const gzip = acceptsGzip(req.headers["accept-encoding"]);
      // what the answer is made of: the feed's links carry the host and scheme it was asked by
      const key = `${req.headers["x-forwarded-proto"] ?? ""} ${req.headers.host ?? ""} ${url}`;
      const hit = entries.get(key);
      if (hit) return send(req, res, hit, gzip);
      req.headers["accept-encoding"] = "identity";
      capture(res, (entry) => {
        const keep =
          req.method === "GET" && entry.status === 200 && !entry.headers["set-cookie"] && key.length <= MAX_KEY;
        if (keep && version() === now) entries.set(key, entry);
        send(req, res, entry, gzip);
      });
      next(req, res);
    };
}

/** gzip unless the client refuses it (`gzip;q=0`) or names neither it nor `*`. */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const codings = String(header ?? "")
    .toLowerCase()
    .split(",")
    .map((c) => {
      const [name, ...params] = c.trim().split(";");
      const q = params.map((x) => x.trim()).find((x) => x.startsWith("q="));
      return { name: name.trim(), q: q ? Number(q.slice(2)) : 1 };
    });
  const gzip = codings.find((c) => c.name === "gzip") ?? codings.find((c) => c.name === "*");
  return !!gzip && gzip.q > 0;
}

function send(req: IncomingMessage, res: ServerResponse, entry: Entry, acceptsGzip: boolean): void {
  const zipped = acceptsGzip && entry.gzip !== null;
  const body = zipped ? entry.gzip! : entry.body;
  const etag = zipped ? `${entry.etag.slice(0, -1)}-gz"` : entry.etag;
  const vary = entry.gzip ? varyWithEncoding(entry.headers.vary) : entry.headers.vary;
  // only a success is shared: an error or a redirect is answered afresh each time
  const ours = {
    ...(entry.status === 200 ? { etag, "cache-control": SHARED_CACHE_CONTROL } : { "cache-control": NO_STORE }),
    ...(vary ? { vary } : {}),
  };
  if (entry.status === 200 && matches(req.headers["if-none-match"], etag)) {
    res.writeHead(304, ours);
    res.end();
    return;
  }
  for (const name of res.getHeaderNames()) if (NOT_STORED.has(name)) res.removeHeader(name);
  res.writeHead(entry.status, {
    ...entry.headers,
    ...ours,
    ...(zipped ? { "content-encoding": "gzip" } : {}),
    "content-length": body.length,
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

function varyWithEncoding(vary: OutgoingHttpHeaders["vary"]): string {
  const names = String(vary ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  return names.some((n) => n.toLowerCase() === "accept-encoding")
    ? names.join(", ")
    : [...names, "Accept-Encoding"].join(", ");
}

/** Text is worth gzipping from a kilobyte on (as Next's own compression decides). */
function compressible(headers: OutgoingHttpHeaders, body: Buffer): boolean {
  const type = String(headers["content-type"] ?? "");
  return (
    body.length >= 1024 &&
    !headers["content-encoding"] &&
    /^(text\/|application\/(json|xml|atom\+xml|javascript))/.test(type)
  );
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
    const gzip = res.statusCode === 200 && compressible(headers, body) ? gzipSync(body) : null;
    done({ status: res.statusCode, headers, body, gzip, etag });
    const cb = [chunk, encoding, callback].find((x) => typeof x === "function");
    if (cb) res.once("finish", cb as () => void);
    return res;
  }) as ServerResponse["end"];
}
