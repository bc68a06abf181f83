import http from "node:http";

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export function summarize(latencies: number[], seconds: number, errors = 0): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

function get(agent: http.Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
  });
}

/**
 * A closed-loop load generator: `connections` keep-alive clients each send the next URL of the
 * mix as soon as the previous answer is in, for a fixed time (bounded, loopback only).
 */
export async function runLoad(
  urls: string[],
  {
    connections = 32,
    seconds = 10,
    warmup = 2,
    routeOf,
  }: { connections?: number; seconds?: number; warmup?: number; routeOf?: (url: string) => string } = {},
): Promise<LoadResult & { routes: Record<string, LoadResult> }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const perRoute = new Map<string, { latencies: number[]; errors: number }>();
  let errors = 0;
  let next = 0;
  const worker = async (until: number, record: boolean) => {
    while (performance.now() < until) {
      const url = urls[next++ % urls.length];
      const start = performance.now();
      let failed = false;
      try {
        failed = (await get(agent, url)) >= 400;
      } catch {
        failed = true;
      }
      if (!record) continue;
      const ms = performance.now() - start;
      latencies.push(ms);
      if (failed) errors++;
      if (routeOf) {
        const route = routeOf(url);
        const r = perRoute.get(route) ?? { latencies: [], errors: 0 };
        r.latencies.push(ms);
        if (failed) r.errors++;
        perRoute.set(route, r);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, () => worker(performance.now() + warmup * 1000, false)));
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, () => worker(started + seconds * 1000, true)));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const routes = Object.fromEntries(
    [...perRoute].map(([route, r]) => [route, summarize(r.latencies, elapsed, r.errors)] as const),
  );
  return { ...summarize(latencies, elapsed, errors), routes };
}

export function formatLoad(label: string, r: LoadResult): string {
  return `${label.padEnd(34)} p50 ${r.p50.toFixed(2)} ms  p95 ${r.p95.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  ${r.rps.toFixed(0)} req/s  (${r.requests} requests, ${r.errors} errors)`;
}
