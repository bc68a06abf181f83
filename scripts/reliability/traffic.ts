// Mixed traffic on `npm start`'s production server over the whole NT corpus: first every hostile
// request once (the sweep, which names each one answered with a 5xx), then 64 connections for
// 60 s of the mix (--connections, --seconds; --short: 10 s) with autocannon. Fails on any
// connection error, timeout or reset and on any 5xx, counting as one a 200 whose render threw.
import http from "node:http";
import autocannon from "autocannon";
import { freshDatabase, importCorpus } from "../bench/lib/corpus";
import { startServer } from "../bench/lib/server";
import { headSize, hostileRequests, NODE_MAX_HEAD, type RawRequest } from "./hostile-urls";
import { numberFlag, SHORT } from "./lib/args";
import { userToken } from "./lib/kb-cli";
import { random } from "./lib/random";
import { streamedError } from "./lib/streamed-error";
import { trafficMix } from "./traffic-mix";

const CONNECTIONS = numberFlag("connections", 64);
const SECONDS = numberFlag("seconds", SHORT ? 10 : 60);
const PORT = numberFlag("port", 3510);
const SEED = numberFlag("seed", 1);

/** One request exactly as written (raw path, no normalisation); the status (599 for a streamed error), or the error. */
function send(base: URL, r: RawRequest): Promise<number | string> {
  return new Promise((resolve) => {
    try {
      // a redirect of a 15 KB address repeats it in Location and Refresh: more than Node's default 16 KB of answer headers
      const options = {
        host: base.hostname,
        port: base.port,
        method: r.method,
        path: r.path,
        headers: r.headers,
        agent: false,
        maxHeaderSize: 1 << 20,
      };
      const req = http.request(options, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          if (body.length < 4_000_000) body += chunk;
        });
        res.on("end", () => resolve(streamedError(body) ? 599 : (res.statusCode ?? 0)));
        res.on("error", (e) => resolve(e.message));
      });
      req.on("error", (e) => resolve(e.message));
      req.setTimeout(30_000, () => req.destroy(new Error("timed out after 30 s")));
      req.end(r.body);
    } catch (e) {
      resolve(`not sendable: ${(e as Error).message}`);
    }
  });
}

const show = (r: RawRequest) =>
  `${r.method} ${r.path.length > 100 ? `${r.path.slice(0, 100)}… (${r.path.length} chars)` : r.path}${r.headers ? ` ${JSON.stringify(r.headers).slice(0, 80)}` : ""}${r.body ? ` body ${r.body.length} B` : ""}`;

async function sweep(url: string): Promise<string[]> {
  const requests = hostileRequests();
  const statuses = new Map<string, number>();
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const r = requests[next++];
      const status = await send(new URL(url), r);
      // over Node's limit the socket is dropped, often before its 431 can be read: a refusal, not a failure
      const refused = typeof status === "string" && headSize(r) > NODE_MAX_HEAD && /ECONNRESET|EPIPE/.test(status);
      const key = refused
        ? "refused (head over 16 KB)"
        : status === 599
          ? "streamed error"
          : typeof status === "number"
            ? `${Math.floor(status / 100)}xx`
            : "error";
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      if (!refused && (typeof status !== "number" || status >= 500))
        failures.push(`${status === 599 ? "200 with a streamed server error" : status} ${show(r)}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  console.log(
    `hostile sweep: ${requests.length} requests: ${[...statuses]
      .sort()
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}`,
  );
  for (const f of failures) console.log(`  FAIL ${f}`);
  return failures;
}

interface RouteStats {
  n: number;
  byClass: Record<string, number>;
  maxMs: number;
}

async function load(url: string, path: string, token: string) {
  const mix = trafficMix(path, random(SEED), token);
  const stats = new Map<string, RouteStats>(mix.routes.map((r) => [r, { n: 0, byClass: {}, maxMs: 0 }]));
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 30,
    requests: [
      {
        // drawn afresh for every request; the context carries its route to onResponse
        setupRequest: (request, context) => {
          const drawn = mix.next();
          Object.assign(context, { route: drawn.route, started: performance.now() });
          return {
            ...request,
            method: drawn.method,
            path: drawn.path,
            headers: drawn.headers ?? {},
            body: drawn.body ?? "",
          };
        },
        onResponse: (status, body, context) => {
          const s = stats.get(context.route as string)!;
          const cls = streamedError(body) ? "5xx" : `${Math.floor(status / 100)}xx`; // a streamed error counts as a 5xx
          s.n++;
          s.byClass[cls] = (s.byClass[cls] ?? 0) + 1;
          s.maxMs = Math.max(s.maxMs, performance.now() - (context.started as number));
        },
      },
    ],
  });
  console.log(`\nmixed traffic: ${CONNECTIONS} connections for ${result.duration} s`);
  console.log(
    `${"route".padEnd(20)} ${"requests".padStart(8)} ${"2xx".padStart(7)} ${"3xx".padStart(6)} ${"4xx".padStart(6)} ${"5xx".padStart(5)} ${"max ms".padStart(8)}`,
  );
  for (const [route, s] of stats) {
    const c = (k: string, w: number) => String(s.byClass[k] ?? 0).padStart(w);
    console.log(
      `${route.padEnd(20)} ${String(s.n).padStart(8)} ${c("2xx", 7)} ${c("3xx", 6)} ${c("4xx", 6)} ${c("5xx", 5)} ${s.maxMs.toFixed(0).padStart(8)}`,
    );
  }
  const fives = [...stats.values()].reduce((sum, s) => sum + (s.byClass["5xx"] ?? 0), 0);
  const total = [...stats.values()].reduce((sum, s) => sum + s.n, 0);
  console.log(
    `total ${total} responses, ${(total / result.duration).toFixed(0)} req/s; latency p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  );
  console.log(
    `errors ${result.errors} (timeouts ${result.timeouts}), resets ${result.resets}, 5xx ${fives}; status codes ${Object.entries(
      result.statusCodeStats,
    )
      .map(([k, v]) => `${k}:${v.count}`)
      .join(" ")}`,
  );
  return { total, fives, errors: result.errors + result.resets, rps: total / result.duration, p99: result.latency.p99 };
}

const path = await freshDatabase("reliability-traffic");
const imported = await importCorpus(path);
console.log(`database: ${imported.articles} articles imported in ${imported.seconds.toFixed(1)} s`);
const token = userToken(path, "load@reliability.test", "editor");
const server = await startServer(PORT, path);
let code = 1;
try {
  const hostile = await sweep(server.url);
  const r = await load(server.url, path, token);
  console.log(
    `summary: traffic ${r.total} requests at ${CONNECTIONS} connections in ${SECONDS} s (${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms), ${r.errors} errors, ${r.fives} 5xx; hostile sweep ${hostileRequests().length} requests, ${hostile.length} 5xx/errors`,
  );
  code = r.errors > 0 || r.fives > 0 || hostile.length > 0 ? 1 : 0;
} finally {
  server.stop();
}
process.exit(code);
