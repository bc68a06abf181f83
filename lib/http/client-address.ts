import { isIP } from "node:net";

// Who is asking, for sign-in throttling and the audit log. The socket's peer is the truth;
// X-Forwarded-For is written by anyone, so it counts only behind proxies the operator names.

/** What an address nobody could read is recorded as; it is never locked (it would be everyone's). */
export const UNKNOWN_ADDRESS = "unknown";

/** Set by our server from the socket (any value a client sends is overwritten). */
export const CLIENT_ADDRESS_HEADER = "x-kb-client-address";

/**
 * Set in the environment by our server before it loads Next: only then is the header ours.
 * Under `next dev` or `next start` nothing overwrites it, so a client could choose it.
 */
export const SOCKET_ADDRESS_FLAG = "KB_CLIENT_ADDRESS_FROM_SOCKET";

/** TRUST_PROXY: how many reverse proxies stand in front (`true` = 1); unset or `false` = none. */
export function trustedProxyHops(value: string | undefined): number {
  const v = (value ?? "").trim().toLowerCase();
  if (v === "" || v === "false" || v === "0") return 0;
  if (v === "true") return 1;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`TRUST_PROXY must be a number of proxies or true/false (got ${JSON.stringify(value)})`);
  return n;
}

/**
 * The client's address. Each trusted proxy appends the address it saw, so with N proxies the
 * client is the Nth entry from the right; entries left of it are the client's own claims.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | undefined, hops: number): string {
  const socket = normalize(peer);
  if (hops === 0 || !forwardedFor) return socket;
  const chain = forwardedFor
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // fewer entries than proxies: the header did not come through them all, so it proves nothing
  const claimed = chain[chain.length - hops];
  return claimed && isIP(normalize(claimed)) ? normalize(claimed) : socket;
}

/** "::ffff:127.0.0.1" is 127.0.0.1; an absent peer is "unknown". */
function normalize(address: string | undefined): string {
  if (!address) return UNKNOWN_ADDRESS;
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}
