import { recordAudit } from "../../lib/audit/record";
import { ensureDatabase } from "../../lib/db/ensure";
import { isRole, ROLES } from "../../lib/auth/roles";
import { addUser, listUsers, removeUser, setPassword, UserError } from "../../lib/auth/users";
import { readNewPassword } from "./password-input";

const usage = `usage: kb user add EMAIL --role admin|editor
       kb user list
       kb user passwd EMAIL
       kb user remove EMAIL
The password is asked for on the terminal, or read from the first line of stdin when piped.`;

/** Changes made here are audited as done by "cli" (whoever has shell access to the server). */
function audit(action: "user.add" | "user.passwd" | "user.remove", target: string, detail?: string) {
  return recordAudit({ userId: null, actor: "cli", action, target, detail });
}

function roleArg(args: string[]): string | undefined {
  const i = args.indexOf("--role");
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith("--role="))?.slice("--role=".length);
}

export async function userCommand([sub, email, ...rest]: string[]): Promise<number> {
  await ensureDatabase();
  try {
    switch (sub) {
      case "add": {
        const role = roleArg(rest);
        if (!email || !role || !isRole(role)) {
          console.error(`kb user add: give an EMAIL and --role ${ROLES.join("|")}\n\n${usage}`);
          return 2;
        }
        const user = await addUser(email, role, await readNewPassword());
        await audit("user.add", user.email, `role ${role}`);
        console.log(`added ${user.email} (${user.role})`);
        return 0;
      }
      case "list": {
        for (const u of await listUsers())
          console.log(`${u.email}\t${u.role}\tsince ${u.createdAt.toISOString().slice(0, 10)}`);
        return 0;
      }
      case "passwd": {
        if (!email) break;
        const user = await setPassword(email, await readNewPassword());
        await audit("user.passwd", user.email);
        console.log(`password changed for ${user.email}; their sessions were ended`);
        return 0;
      }
      case "remove": {
        if (!email) break;
        const user = await removeUser(email);
        await audit("user.remove", user.email);
        console.log(`removed ${user.email}; their sessions and API tokens no longer work`);
        return 0;
      }
    }
  } catch (e) {
    if (e instanceof UserError || (e instanceof Error && /passwords do not match/.test(e.message))) {
      console.error(`kb user: ${e.message}`);
      return 1;
    }
    throw e;
  }
  console.error(usage);
  return 2;
}
