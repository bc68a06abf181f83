import "server-only";
import type { System } from "../nt/system";
import { getCatalog } from "./catalog";
import { checkSystem, type CheckResult } from "./check-system";
import type { InstalledFile } from "./installed-file";

/** Every article that concerns the system, with its fix status; cached per system until the data changes. */
export async function checkMySystem(system: System, installed: InstalledFile | null = null): Promise<CheckResult> {
  return checkSystem(await getCatalog(), system, installed);
}
