import "server-only";
import type { AppError } from "../errors";
import { apiTokenUser } from "./api-tokens";
import { can, type Permission } from "./roles";
import type { SessionUser } from "./sessions";

/** Bearer-token check for API routes: the token's user, or why not (unauthorized, forbidden). */
export async function authorizeApi(request: Request, permission: Permission): Promise<SessionUser | AppError> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  const user = match ? await apiTokenUser(match[1]) : null;
  if (!user) return { code: "unauthorized", message: "a valid API token is required (Authorization: Bearer ...)" };
  if (!can(user.role, permission)) return { code: "forbidden", message: `the ${user.role} role may not do this` };
  return user;
}
