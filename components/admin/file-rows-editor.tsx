"use client";

import { useState } from "react";
import { EMPTY_FILE_ROW, type FileRowValues } from "@/lib/admin/form-values";
import { PLATFORMS } from "@/lib/kb/types";
import { errorText, inputClass, secondaryButton } from "./styles";

const COLUMNS: {
  field: Exclude<keyof FileRowValues, "platform">;
  label: string;
  placeholder: string;
  width: string;
}[] = [
  { field: "name", label: "File name", placeholder: "Rassrv.exe", width: "min-w-40" },
  { field: "date", label: "Date", placeholder: "1999-11-30", width: "w-32" },
  { field: "time", label: "Time", placeholder: "17:05", width: "w-20" },
  { field: "size", label: "Size (bytes)", placeholder: "61712", width: "w-28" },
  { field: "version", label: "Version", placeholder: "4.0.1381.133", width: "w-32" },
];

/** Hotfix file rows: add, remove, reorder. Inputs are keyed by row, so typed text moves with its row; field names follow screen order. */
export function FileRowsEditor({ initial, errors }: { initial: FileRowValues[]; errors: Record<string, string> }) {
  const [rows, setRows] = useState(() => initial.map((values, key) => ({ key, values })));
  const [nextKey, setNextKey] = useState(initial.length);

  function move(index: number, delta: number) {
    setRows((r) => {
      const copy = [...r];
      [copy[index], copy[index + delta]] = [copy[index + delta], copy[index]];
      return copy;
    });
  }

  return (
    <fieldset className="text-sm">
      <legend className="mb-1 font-medium">Hotfix files</legend>
      <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
        <table className="w-full text-left" data-testid="file-rows">
          <thead className="bg-slate-100 text-xs uppercase tracking-wide text-slate-600 dark:bg-slate-900 dark:text-slate-400">
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.field} scope="col" className="px-2 py-1.5">
                  {c.label}
                </th>
              ))}
              <th scope="col" className="px-2 py-1.5">
                Platform
              </th>
              <th scope="col" className="px-2 py-1.5">
                <span className="sr-only">Order and remove</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {rows.map((row, i) => {
              const rowErrors = Object.entries(errors).filter(([k]) => k.startsWith(`files.${i}.`));
              return (
                <tr key={row.key} className="align-top">
                  {COLUMNS.map((c) => (
                    <td key={c.field} className="px-2 py-1.5">
                      <input
                        name={`files.${i}.${c.field}`}
                        defaultValue={row.values[c.field]}
                        placeholder={c.placeholder}
                        aria-label={`${c.label}, row ${i + 1}`}
                        aria-invalid={!!errors[`files.${i}.${c.field}`]}
                        className={`${inputClass} ${c.width} font-mono aria-[invalid=true]:border-red-500`}
                      />
                    </td>
                  ))}
                  <td className="px-2 py-1.5">
                    <select
                      name={`files.${i}.platform`}
                      defaultValue={row.values.platform}
                      aria-label={`Platform, row ${i + 1}`}
                      className={`${inputClass} w-24`}
                    >
                      <option value="">any</option>
                      {PLATFORMS.map((p) => (
                        <option key={p} value={p}>
                          {p}
                        </option>
                      ))}
                    </select>
                    {rowErrors.length > 0 && (
                      <ul className={`${errorText} whitespace-nowrap`} role="alert">
                        {rowErrors.map(([k, m]) => (
                          <li key={k}>
                            Row {i + 1} {k.split(".")[2]}: {m}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="whitespace-nowrap px-2 py-1.5">
                    <button
                      type="button"
                      onClick={() => move(i, -1)}
                      disabled={i === 0}
                      aria-label={`Move row ${i + 1} up`}
                      className="px-1 disabled:opacity-30"
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      onClick={() => move(i, 1)}
                      disabled={i === rows.length - 1}
                      aria-label={`Move row ${i + 1} down`}
                      className="px-1 disabled:opacity-30"
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      onClick={() => setRows((r) => r.filter((x) => x.key !== row.key))}
                      aria-label={`Remove row ${i + 1}`}
                      className="px-1 text-red-700 dark:text-red-400"
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className={`${secondaryButton} mt-2`}
        onClick={() => {
          setRows((r) => [...r, { key: nextKey, values: { ...EMPTY_FILE_ROW } }]);
          setNextKey((k) => k + 1);
        }}
      >
        Add file
      </button>
    </fieldset>
  );
}
