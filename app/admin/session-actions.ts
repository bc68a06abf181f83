"use server";

import { redirect } from "next/navigation";
import { insertAudit } from "@/lib/admin/audit";
import { adminDb } from "@/lib/admin/db";
import { clientIp, currentUser, endSession } from "@/lib/auth/current";

/** Ends the session in the database, not just the cookie. */
export async function signOutAction(): Promise<void> {
  const user = await currentUser();
  if (user) insertAudit(adminDb(), { userId: user.id, actor: user.email, action: "signout", ip: await clientIp() });
  await endSession();
  redirect("/signin");
}
