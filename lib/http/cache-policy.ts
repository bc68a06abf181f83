import type { IncomingHttpHeaders } from "node:http";
import { SESSION_COOKIE } from "../auth/session-cookie";

// Which responses a shared cache (ours, nginx, a CDN) may keep: what any stranger is shown,
// the same for everyone. Anything with a session or a token, the admin and sign-in pages,
// the client router's payloads (they vary by its state) and every write are never kept.

/** The public pages and GET APIs. */
const SHARED_PATHS = [
  /^\/$/,
  /^\/kb$/,
  /^\/kb\/[^/]+$/,
  /^\/search$/,
  /^\/check$/,
  /^\/files\/[^/]+$/,
  /^\/feed\.xml$/,
  /^\/api\/search$/,
  /^\/api\/check$/,
];

/** Next's build output: named by content and cached for a year by Next itself. */
const BUILD_ASSETS = /^\/_next\/static\//;

/** Its holder may be shown what strangers are not. */
const SESSION = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=`);

/**
 * A proxy may keep a public answer for a minute and serve it stale for five more while it
 * fetches a fresh one; browsers revalidate every time (max-age=0) with the ETag, which our
 * server answers with a 304 while the data is unchanged.
 */
export const SHARED_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
export const NO_STORE = "private, no-store";

export type CachePolicy = "shared" | "build-asset" | "no-store";

export function cachePolicy(method: string | undefined, url: string, headers: IncomingHttpHeaders): CachePolicy {
  const path = url.split(/[?#]/, 1)[0];
  if (BUILD_ASSETS.test(path)) return "build-asset";
  const shared =
    (method === "GET" || method === "HEAD") &&
    SHARED_PATHS.some((p) => p.test(path)) &&
    !SESSION.test(headers.cookie ?? "") &&
    !headers.authorization &&
    !headers.rsc &&
    !headers["next-router-prefetch"];
  return shared ? "shared" : "no-store";
}
