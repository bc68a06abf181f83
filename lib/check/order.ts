// The order of a check's results, stable and documented (README "How a verdict is reached"):
// groups as STATUSES; hotfixes by fix date, newest first; upgrades by the pack to install,
// nearest first; already fixed by pack, latest first; the rest newest article first; ties by id.
import type { CheckEntry } from "./check-system";
import type { FixStatus } from "./evaluate";
import type { HotfixFile } from "../kb/types";

const GROUP: Record<FixStatus, number> = { hotfix: 0, upgrade: 1, "no-fix": 2, installed: 3, fixed: 4, info: 5 };

/** The newest date of the hotfix files for the user's platform, else the article's last change. */
export function fixDate(files: readonly HotfixFile[], lastModified: string | null): string | null {
  let newest: string | null = null;
  for (const f of files) if (f.date && (!newest || f.date > newest)) newest = f.date;
  return newest ?? lastModified;
}

const packLevel = (e: CheckEntry) => e.fixedIn?.level ?? 0;
const desc = (a: string | null, b: string | null) => (b ?? "").localeCompare(a ?? "");

export function compareEntries(a: CheckEntry, b: CheckEntry): number {
  const group = GROUP[a.status] - GROUP[b.status];
  if (group) return group;
  const within =
    a.status === "hotfix"
      ? desc(a.fixDate, b.fixDate)
      : a.status === "upgrade"
        ? packLevel(a) - packLevel(b)
        : a.status === "fixed"
          ? packLevel(b) - packLevel(a)
          : 0;
  return within || desc(a.lastModified, b.lastModified) || a.articleId.localeCompare(b.articleId);
}
