import type { Metadata } from "next";
import { CheckResults } from "@/components/check/check-results";
import { SystemForm } from "@/components/check/system-form";
import { ServicePackTimeline } from "@/components/check/timeline";
import { fixesByServicePack, STATUSES } from "@/lib/check/check-system";
import { describeSystem } from "@/lib/check/present";
import { parseCheckQuery } from "@/lib/check/query";
import { getSystemCheck } from "@/lib/check/get-system-check";
import { servicePackLine } from "@/lib/nt/service-packs";
import { firstValues } from "@/lib/search/filters";
import { invalidInput } from "@/lib/validations/issues";

export const metadata: Metadata = { title: "Check my system" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SYSTEM_KEYS = ["release", "build", "sp", "edition", "platform", "ver", "installed", "hotfixes"];

export default async function CheckPage({ searchParams }: Props) {
  const values = firstValues(await searchParams);
  const asked = SYSTEM_KEYS.some((k) => values[k]?.trim());
  const { system, rest } = parseCheckQuery(values);
  const error = !asked
    ? undefined
    : !system.success
      ? invalidInput(system.error, "ver")
      : !rest.success
        ? invalidInput(rest.error)
        : undefined;
  const result = asked && system.success && rest.success ? await getSystemCheck(system.data, rest.data) : null;
  const query = new URLSearchParams(Object.entries(values).filter(([k, v]) => SYSTEM_KEYS.includes(k) && v));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Check my system</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          Say what you run; see which Knowledge Base problems concern it and how each one is fixed.
        </p>
      </div>
      <SystemForm values={values} error={error} />
      {error && (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
        >
          {error.message}
        </p>
      )}
      {result && (
        <>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 className="text-xl font-semibold" data-testid="system-summary">
              {describeSystem(result.system)}
            </h2>
            <a href={`/api/check?${query}&format=csv`} className="text-sm text-blue-700 underline dark:text-blue-400">
              Download CSV
            </a>
          </div>
          <ServicePackTimeline
            packs={servicePackLine(result.system.release, result.system.edition)}
            current={result.system.servicePack}
            fixes={fixesByServicePack(result.results)}
          />
          <CheckResults
            result={result}
            expanded={STATUSES.find((s) => s === values.show) ?? null}
            href={(status) => `/check?${query}&show=${status}#group-${status}`}
          />
        </>
      )}
    </div>
  );
}
