import { recordAudit } from "../../lib/audit/record";
import { createApiToken } from "../../lib/auth/api-tokens";
import { findUser } from "../../lib/auth/users";
import { ensureDatabase } from "../../lib/db/ensure";

const usage = "usage: kb token create EMAIL   (prints a new API token for the write API, once)";

export async function tokenCommand([sub, email]: string[]): Promise<number> {
  if (sub !== "create" || !email) {
    console.error(usage);
    return 2;
  }
  await ensureDatabase();
  const user = await findUser(email);
  if (!user) {
    console.error(`kb token: no user ${email}`);
    return 1;
  }
  const token = await createApiToken(user.id);
  await recordAudit({ userId: user.id, actor: "cli", action: "token.create", target: user.email });
  console.error(`API token for ${user.email} (${user.role}); it is not stored and cannot be shown again:`);
  console.log(token);
  return 0;
}
