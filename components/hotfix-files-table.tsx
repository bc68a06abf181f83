import type { HotfixFile } from "@/lib/kb/types";
import { PlatformBadge } from "./platform-badge";

const bytes = new Intl.NumberFormat("en-US");

export function HotfixFilesTable({ files, caption = "Hotfix files" }: { files: HotfixFile[]; caption?: string }) {
  const hasVersion = files.some((f) => f.version);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table className="w-full text-left text-sm" data-testid="hotfix-files">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-600 dark:bg-slate-900 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-2">Date</th>
            <th scope="col" className="px-3 py-2">Time</th>
            <th scope="col" className="px-3 py-2 text-right">Size</th>
            {hasVersion && <th scope="col" className="px-3 py-2">Version</th>}
            <th scope="col" className="px-3 py-2">File name</th>
            <th scope="col" className="px-3 py-2">Platform</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 font-mono dark:divide-slate-800">
          {files.map((f, i) => (
            <tr key={i} className="bg-white dark:bg-slate-950">
              <td className="whitespace-nowrap px-3 py-1.5">{f.date ?? "—"}</td>
              <td className="px-3 py-1.5">{f.time ?? "—"}</td>
              <td className="px-3 py-1.5 text-right">{f.size === null ? "—" : bytes.format(f.size)}</td>
              {hasVersion && <td className="px-3 py-1.5">{f.version ?? "—"}</td>}
              <td className="px-3 py-1.5 font-semibold">
                <a href={`/files/${encodeURIComponent(f.name)}`} className="hover:underline">{f.name}</a>
              </td>
              <td className="px-3 py-1.5 font-sans"><PlatformBadge platform={f.platform} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
