import type { Metadata } from "next";
import { requirePage } from "@/lib/auth/current";
import { listAuditEntries } from "@/lib/audit/list";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  await requirePage("users", "/admin/audit");
  const entries = await listAuditEntries(200);
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Audit log</h1>
      <p className="mb-3 text-sm text-slate-500 dark:text-slate-400">
        The latest 200 events: sign-ins, failed sign-ins, article and user changes.
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
        <table className="w-full text-left text-sm" data-testid="audit-log">
          <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-600 dark:bg-slate-900 dark:text-slate-400">
            <tr>
              {["When (UTC)", "Who", "What", "Target", "Detail", "Address"].map((h) => (
                <th key={h} scope="col" className="px-3 py-2">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {entries.map((e) => (
              <tr key={e.id} className="bg-white dark:bg-slate-950">
                <td className="whitespace-nowrap px-3 py-1.5 tabular-nums">
                  {e.createdAt.toISOString().slice(0, 19).replace("T", " ")}
                </td>
                <td className="px-3 py-1.5">{e.actor}</td>
                <td
                  className={`px-3 py-1.5 font-mono ${e.action.startsWith("signin.") ? "text-red-700 dark:text-red-400" : ""}`}
                >
                  {e.action}
                </td>
                <td className="px-3 py-1.5 font-mono">{e.target ?? ""}</td>
                <td className="px-3 py-1.5">{e.detail ?? ""}</td>
                <td className="px-3 py-1.5 font-mono text-slate-500 dark:text-slate-400">{e.ip ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
