import "server-only";
import type { System } from "../nt/system";
import { getCatalog } from "./load-catalog";
import { checkSystem, systemKey, type CheckResult } from "./check-system";
import type { InstalledFile } from "./installed-file";
import { toApiResult } from "./present";
import type { CheckExtras } from "./query";

/** Every article that concerns the system, with its fix status; cached per system until the data changes. */
export async function getSystemCheck(system: System, installed: InstalledFile | null = null): Promise<CheckResult> {
  return checkSystem(await getCatalog(), system, installed);
}

/** The /api/check body as JSON text; cached with the results, so a repeated query costs a lookup. */
export async function getSystemCheckJson(system: System, extras: CheckExtras): Promise<string> {
  const catalog = await getCatalog();
  const render = () => JSON.stringify(toApiResult(checkSystem(catalog, system, extras.installed), extras));
  if (extras.installed) return render();
  return catalog.memoize(`json|${systemKey(system)}|${extras.status}|${extras.limit}|${extras.offset}`, render);
}
