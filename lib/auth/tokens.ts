import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: session cookies and API tokens. */
export function randomToken(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

/** Tokens are stored only as this hash: a leaked database does not leak working credentials. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const API_TOKEN_PREFIX = "kbt_";
