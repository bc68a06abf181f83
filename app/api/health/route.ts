// GET /api/health: "ok" without touching the database. A load balancer's liveness check, and the
// traffic benchmark's floor: what the framework costs for a request that does nothing. Never
// cached (lib/http/cache-policy.ts).
export const dynamic = "force-dynamic";

export function GET() {
  return new Response("ok", { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
