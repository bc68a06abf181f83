import { MAX_HOTFIX_TEXT } from "@/lib/check/installed-hotfixes";
import type { AppError } from "@/lib/errors";
import { EDITIONS } from "@/lib/nt/editions";
import { PLATFORM_INFO } from "@/lib/nt/platforms";
import { RELEASES } from "@/lib/nt/releases";

const input =
  "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900";
const SERVICE_PACKS = [...new Set(RELEASES.flatMap((r) => r.servicePacks.map((p) => p.id)))];

type Values = Record<string, string | undefined>;

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={id} className="mt-1 text-sm text-red-700 dark:text-red-400">
      {error}
    </p>
  ) : null;
}

/** Marks a control invalid and points it at its error message. */
const invalidProps = (name: string, error?: string) =>
  error ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {};

/** One of the form's selects, with its error below it and tied to it for screen readers. */
function SystemSelect(props: {
  label: string;
  name: string;
  empty: string;
  choices: readonly { id: string; label: string }[];
  value?: string;
  error?: string;
}) {
  const { label, name, empty, choices, value, error } = props;
  return (
    <label className="block text-sm">
      <span className="mb-1 block font-medium">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={input} {...invalidProps(name, error)}>
        <option value="">{empty}</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
      <FieldError id={`${name}-error`} error={error} />
    </label>
  );
}

/** The form's selects in order; the build field stands after the first. */
const PACK_SELECTS = [
  { name: "release", label: "Release", empty: "From build or pasted text", choices: RELEASES },
  {
    name: "sp",
    label: "Service pack",
    empty: "None / from pasted text",
    choices: SERVICE_PACKS.map((id) => ({ id, label: id })),
  },
  { name: "edition", label: "Edition", empty: "Any edition", choices: EDITIONS },
  { name: "platform", label: "Platform", empty: "Any platform", choices: PLATFORM_INFO },
];

/** A plain GET form: the query lives in the URL, so a result can be shared and reloaded. */
export function SystemForm({ values, error }: { values: Values; error?: AppError }) {
  const err = (field: string) => (error?.field === field ? error.message : undefined);
  const described = (field: string) => invalidProps(field, err(field));
  const select = (s: (typeof PACK_SELECTS)[number]) => (
    <SystemSelect key={s.name} {...s} value={values[s.name]} error={err(s.name)} />
  );
  return (
    <form
      action="/check"
      method="get"
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 dark:border-slate-800 dark:bg-slate-900"
    >
      {PACK_SELECTS.slice(0, 1).map(select)}
      <label className="block text-sm">
        <span className="mb-1 block font-medium">or Build</span>
        <input
          name="build"
          inputMode="numeric"
          defaultValue={values.build ?? ""}
          placeholder="1381"
          className={input}
          {...described("build")}
        />
        <FieldError id="build-error" error={err("build")} />
      </label>
      {PACK_SELECTS.slice(1).map(select)}
      <label className="block text-sm sm:col-span-2 lg:col-span-3">
        <span className="mb-1 block font-medium">
          Or paste <code>ver</code> / winver output
        </span>
        <textarea
          name="ver"
          rows={3}
          defaultValue={values.ver ?? ""}
          placeholder="Microsoft(R) Windows NT(TM) Version 4.0 (Build 1381: Service Pack 5)"
          className={`${input} font-mono`}
          {...described("ver")}
        />
        <FieldError id="ver-error" error={err("ver")} />
      </label>
      <label className="block text-sm sm:col-span-2 lg:col-span-2">
        <span className="mb-1 block font-medium">A file you have (optional)</span>
        <input
          name="installed"
          defaultValue={values.installed ?? ""}
          placeholder="Rassrv.exe 10/29/99 123,664"
          className={`${input} font-mono`}
          {...described("installed")}
        />
        <FieldError id="installed-error" error={err("installed")} />
      </label>
      <label className="block text-sm sm:col-span-2 lg:col-span-5">
        <span className="mb-1 block font-medium">Hotfixes you have installed (optional)</span>
        <textarea
          name="hotfixes"
          rows={2}
          maxLength={MAX_HOTFIX_TEXT}
          defaultValue={values.hotfixes ?? ""}
          placeholder="Q244717, Q244717i.exe, or paste the output of hotfix /l, qfecheck or the Hotfix registry key"
          className={`${input} font-mono`}
          {...described("hotfixes")}
        />
        <FieldError id="hotfixes-error" error={err("hotfixes")} />
      </label>
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-5">
        <button
          type="submit"
          className="rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 focus:outline-none focus:ring-2 focus:ring-blue-500 focus:ring-offset-2"
        >
          Check my system
        </button>
        <a href="/check" className="px-2 py-2 text-sm text-slate-600 hover:underline dark:text-slate-300">
          Clear
        </a>
      </div>
    </form>
  );
}
