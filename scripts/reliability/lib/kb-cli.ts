// The real `kb` CLI (what `npx kb` runs) against a given database, as an operator uses it.
import { execFileSync } from "node:child_process";

export function kbCli(databasePath: string, args: string[], input?: string): string {
  return execFileSync("node", ["bin/kb.js", ...args], {
    env: { ...process.env, DATABASE_URL: `file:${databasePath}` },
    input,
    encoding: "utf8",
  });
}

/** A new account and an API token for it (`kb user add`, `kb token create`). */
export function userToken(databasePath: string, email: string, role: "admin" | "editor"): string {
  kbCli(databasePath, ["user", "add", email, "--role", role], "reliability password 123\n");
  return kbCli(databasePath, ["token", "create", email]).trim();
}
