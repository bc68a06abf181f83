"use server";

import { redirect } from "next/navigation";
import { clientIp, deviceCookie, startSession } from "@/lib/auth/current";
import { signIn, type SignInState } from "@/lib/auth/signin";

/** Only same-site paths: a crafted ?next= must not send the user elsewhere after sign-in. */
function safeNext(value: FormDataEntryValue | null): string {
  const next = String(value ?? "");
  return next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/admin";
}

export async function signInAction(_prev: SignInState, fd: FormData): Promise<SignInState> {
  const email = String(fd.get("email") ?? "");
  const result = await signIn({
    email,
    password: String(fd.get("password") ?? ""),
    ip: await clientIp(),
    device: await deviceCookie(),
  });
  if (!result.ok) return { email, error: result.message };
  await startSession(result.user.id, result.deviceToken);
  redirect(safeNext(fd.get("next")));
}
