import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/signin-form";
import { currentUser } from "@/lib/auth/current";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const raw = (await searchParams).next;
  const next = typeof raw === "string" ? raw : "/admin";
  if (await currentUser()) redirect("/admin");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
      <p className="mb-6 mt-1 text-sm text-slate-600 dark:text-slate-400">
        For editors of the knowledge base. Accounts are created with <code className="font-mono">kb user add</code>.
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-6 dark:border-slate-800 dark:bg-slate-900">
        <SignInForm next={next} signIn={signInAction} />
      </div>
    </div>
  );
}
