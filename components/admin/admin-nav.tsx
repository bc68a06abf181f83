import Link from "next/link";
import { can } from "@/lib/auth/roles";

export function AdminNav({ email, role, signOut }: { email: string; role: string; signOut: () => Promise<void> }) {
  const link = "text-slate-600 hover:text-blue-700 dark:text-slate-300 dark:hover:text-blue-400";
  return (
    <nav
      aria-label="Admin"
      className="mb-6 flex flex-wrap items-center gap-x-5 gap-y-2 border-b border-slate-200 pb-3 text-sm dark:border-slate-800"
    >
      <Link href="/admin" className={link}>
        Articles
      </Link>
      <Link href="/admin/kb/new" className={link}>
        New article
      </Link>
      {can(role, "users") && (
        <Link href="/admin/users" className={link}>
          Users
        </Link>
      )}
      {can(role, "users") && (
        <Link href="/admin/audit" className={link}>
          Audit log
        </Link>
      )}
      <span className="ml-auto text-slate-500 dark:text-slate-400">
        {email}{" "}
        <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
          {role}
        </span>
      </span>
      <form action={signOut}>
        <button type="submit" className="text-slate-600 hover:text-blue-700 dark:text-slate-300">
          Sign out
        </button>
      </form>
    </nav>
  );
}
