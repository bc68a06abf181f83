import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/current";
import { listUsers } from "@/lib/auth/users";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requirePage("users", "/admin/users");
  const users = await listUsers();
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Users</h1>
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
        Accounts are managed on the server with <code className="font-mono">npx kb user add|passwd|remove</code>, so
        there is no default password and no way to grant a role from a stolen session.
      </p>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
        {users.map((u) => (
          <li key={u.id} className="flex gap-3 px-4 py-2.5">
            <span className="flex-1">{u.email}</span>
            <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
              {u.role}
            </span>
            <span className="text-slate-500 dark:text-slate-400">since {u.createdAt.toISOString().slice(0, 10)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
