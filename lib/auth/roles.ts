export const ROLES = ["admin", "editor"] as const;
export type Role = (typeof ROLES)[number];

/** "articles": create, edit, delete, restore. "users": user management and the audit log. */
export type Permission = "articles" | "users";

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: ["articles", "users"],
  editor: ["articles"],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Unknown roles (a hand-edited row) get nothing. */
export function can(role: string, permission: Permission): boolean {
  return isRole(role) && GRANTS[role].includes(permission);
}
