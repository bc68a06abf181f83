"use server";

import { redirect } from "next/navigation";
import { recordAudit } from "@/lib/audit/record";
import { clientIp, currentUser, endSession } from "@/lib/auth/current";

/** Ends the session in the database, not just the cookie. */
export async function signOutAction(): Promise<void> {
  const user = await currentUser();
  if (user) await recordAudit({ userId: user.id, actor: user.email, action: "signout", ip: await clientIp() });
  await endSession();
  redirect("/signin");
}
