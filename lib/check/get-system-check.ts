import "server-only";
import type { System } from "../nt/system";
import { getCatalog } from "./load-catalog";
import { checkSystem, systemKey, type CheckResult, type Installed } from "./check-system";
import { toApiResult } from "./present";
import type { CheckExtras } from "./query";

/** Every article that concerns the system, with its fix status; cached per system until the data changes. */
export async function getSystemCheck(
  system: System,
  extras?: Pick<CheckExtras, "installed" | "hotfixes">,
): Promise<CheckResult> {
  return checkSystem(await getCatalog(), system, installedOf(extras));
}

const installedOf = (extras?: Pick<CheckExtras, "installed" | "hotfixes">): Installed => ({
  file: extras?.installed ?? null,
  hotfixes: extras?.hotfixes ?? [],
});

/** The /api/check body as JSON text; cached with the results, so a repeated query costs a lookup. */
export async function getSystemCheckJson(system: System, extras: CheckExtras): Promise<string> {
  const catalog = await getCatalog();
  const render = () => JSON.stringify(toApiResult(checkSystem(catalog, system, installedOf(extras)), extras));
  if (extras.installed || extras.hotfixes.length) return render();
  return catalog.memoize(`json|${systemKey(system)}|${extras.status}|${extras.limit}|${extras.offset}`, render);
}
