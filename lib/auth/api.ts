import "server-only";
import { apiTokenUser } from "./api-tokens";
import { can, type Permission } from "./roles";
import type { SessionUser } from "./sessions";

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status });
}

/** Bearer-token check for API routes: the user, or the 401/403 JSON response to return. */
export async function authorizeApi(request: Request, permission: Permission): Promise<SessionUser | Response> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  const user = match ? await apiTokenUser(match[1]) : null;
  if (!user) return jsonError(401, "a valid API token is required (Authorization: Bearer ...)");
  if (!can(user.role, permission)) return jsonError(403, `the ${user.role} role may not do this`);
  return user;
}
