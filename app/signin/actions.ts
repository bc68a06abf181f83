"use server";

import { redirect } from "next/navigation";
import { clientIp, deviceCookie, startSession } from "@/lib/auth/current";
import { safeNext } from "@/lib/auth/safe-next";
import { signIn, type SignInState } from "@/lib/auth/signin";

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
  redirect(safeNext(String(fd.get("next") ?? "")));
}
