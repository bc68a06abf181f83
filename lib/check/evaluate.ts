// Whether an article concerns a system, and where its fix stands for that system.
import type { HotfixFile } from "../kb/types";
import { servicePackLine } from "../nt/service-packs";
import type { ReleaseId } from "../nt/releases";
import type { System } from "../nt/system";
import type { ArticleFacts } from "./facts";
import { resolveFix, type ResolvedFix } from "./fix";
import type { InstalledState } from "./installed-file";
import { articleScope, earliestListedLevel, matchingTargets, platformMatches, targetedReleases } from "./scope";

export type FixStatus = "hotfix" | "upgrade" | "fixed" | "no-fix";

export interface Evaluation {
  articleId: string;
  status: FixStatus;
  /** One sentence for the user. */
  reason: string;
  /** The service pack on the user's line that contains the fix; null when none is known. */
  fixedIn: { release: ReleaseId; servicePack: string; label: string; source: ResolvedFix["source"] } | null;
  /** Hotfix files for the user's platform (all files when the platform is not known). */
  files: HotfixFile[];
  /** A newer hotfix article that replaces this one; the status stays "hotfix". */
  supersededBy: string | null;
  /** The user's copy of a fix file against the fix; null here, set by checkSystem when they gave one. */
  installed: InstalledState | null;
}

export interface EvaluateOptions {
  supersededBy?: string | null;
}

/** null when the article does not concern the system (other release, edition, platform, or too early an SP). */
export function evaluate(facts: ArticleFacts, system: System, options: EvaluateOptions = {}): Evaluation | null {
  const scope = articleScope(facts);
  const targets = matchingTargets(scope, system);
  if (!targets.length || !platformMatches(scope, system)) return null;

  const line = servicePackLine(system.release, system.edition);
  const level = system.servicePack ? (line.find((p) => p.id === system.servicePack)?.level ?? 0) : 0;
  const fix = resolveFix(facts, system.release, targetedReleases(scope));
  // With no known fix, an article naming service packs concerns those and the later ones.
  if (!fix && level < earliestListedLevel(targets)) return null;

  const files = facts.files.filter(
    (f) => system.platform === null || f.platform === null || f.platform === system.platform,
  );
  const result = (status: FixStatus, reason: string, fixedIn: Evaluation["fixedIn"] = null): Evaluation => ({
    articleId: facts.id,
    status,
    reason,
    fixedIn,
    files,
    supersededBy: status === "hotfix" ? (options.supersededBy ?? null) : null,
    installed: null,
  });

  const yours = system.servicePack ?? "no service pack";
  if (fix) {
    // The first pack of the user's own line (TSE has its own) at or past the fix.
    const pack = line.find((p) => p.level >= fix.servicePack.level);
    const fixedIn = pack && { release: system.release, servicePack: pack.id, label: pack.label, source: fix.source };
    if (level >= fix.servicePack.level) {
      return result(
        "fixed",
        `Fixed in ${fix.servicePack.label}${latestNote(fix)}; you have ${yours}.`,
        fixedIn ?? null,
      );
    }
    if (fixedIn) return result("upgrade", `Install ${pack.label}${latestNote(fix)}; you have ${yours}.`, fixedIn);
  }
  if (facts.hotfixAvailable || facts.files.length) {
    return result(
      "hotfix",
      files.length
        ? `A hotfix is available; no service pack up to yours contains the fix.`
        : `A hotfix is available from Microsoft Product Support Services, but the article lists no file for your platform.`,
    );
  }
  return result(
    "no-fix",
    fix ? `Fixed in ${fix.servicePack.label}, which has no counterpart for your edition.` : "No fix is known.",
  );
}

function latestNote(fix: ResolvedFix): string {
  if (fix.source === "latest-as-of-article") return " (the latest service pack when the article was last updated)";
  if (fix.source === "latest-unresolved") return ' (the article says only "the latest service pack")';
  return "";
}
