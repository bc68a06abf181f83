"use client";

import { useState } from "react";
import type { HotfixFile } from "@/lib/kb/types";
import { PlatformBadge } from "./platform-badge";

const bytes = new Intl.NumberFormat("en-US");

type Column = "date" | "time" | "size" | "version" | "name" | "platform";
const COLUMNS: { key: Column; label: string; numeric?: boolean }[] = [
  { key: "date", label: "Date" },
  { key: "time", label: "Time" },
  { key: "size", label: "Size", numeric: true },
  { key: "version", label: "Version" },
  { key: "name", label: "File name" },
  { key: "platform", label: "Platform" },
];

/** Nulls last; numbers by value, text case-insensitively with numeric parts in order (4.0.1381.10 after .9). */
function compare(a: HotfixFile, b: HotfixFile, key: Column): number {
  const x = a[key];
  const y = b[key];
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return typeof x === "number" && typeof y === "number"
    ? x - y
    : String(x).localeCompare(String(y), "en", { numeric: true, sensitivity: "base" });
}

/** The hotfix file attributes in article order; a column header sorts by it (again: reversed). */
export function HotfixFilesTable({ files }: { files: HotfixFile[] }) {
  const [sort, setSort] = useState<{ key: Column; dir: 1 | -1 } | null>(null);
  const columns = COLUMNS.filter((c) => c.key !== "version" || files.some((f) => f.version));
  const rows = sort ? [...files].sort((a, b) => sort.dir * compare(a, b, sort.key)) : files;
  const toggle = (key: Column) =>
    setSort((s) => (s?.key === key ? { key, dir: s.dir === 1 ? -1 : 1 } : { key, dir: 1 }));
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
      <table className="w-full text-left text-sm" data-testid="hotfix-files">
        <caption className="sr-only">Hotfix files; select a column header to sort</caption>
        <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-600 dark:bg-slate-900 dark:text-slate-400">
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={`px-3 py-2 ${c.numeric ? "text-right" : ""}`}
                aria-sort={sort?.key === c.key ? (sort.dir === 1 ? "ascending" : "descending") : undefined}
              >
                <button
                  type="button"
                  onClick={() => toggle(c.key)}
                  className="uppercase tracking-wide hover:text-blue-700 dark:hover:text-blue-400"
                >
                  {c.label}
                  <span aria-hidden className="ml-1">
                    {sort?.key === c.key ? (sort.dir === 1 ? "▲" : "▼") : ""}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 font-mono dark:divide-slate-800">
          {rows.map((f) => (
            <tr key={files.indexOf(f)} className="bg-white dark:bg-slate-950">
              {columns.map((c) => (
                <td
                  key={c.key}
                  className={`px-3 py-1.5 ${c.numeric ? "text-right" : ""} ${c.key === "name" ? "font-semibold" : ""} ${c.key === "platform" ? "font-sans" : ""}`}
                >
                  {c.key === "name" ? (
                    <a href={`/files/${encodeURIComponent(f.name)}`} className="hover:underline">
                      {f.name}
                    </a>
                  ) : c.key === "platform" ? (
                    <PlatformBadge platform={f.platform} />
                  ) : c.key === "size" ? (
                    f.size === null ? (
                      "—"
                    ) : (
                      bytes.format(f.size)
                    )
                  ) : (
                    (f[c.key] ?? "—")
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
