// Whether an article concerns a system, where its fix stands for that system, and why.
import type { EvidenceKind, HotfixFile } from "../kb/types";
import { servicePackLine } from "../nt/service-packs";
import type { ReleaseId } from "../nt/releases";
import type { System } from "../nt/system";
import type { ArticleFacts, StoredEvidence } from "./facts";
import { resolveFix, type FixSource, type ResolvedFix } from "./fix";
import type { InstalledState } from "./installed-file";
import { articleScope, earliestListedLevel, matchingTargets, platformMatches, targetedReleases } from "./scope";

/** "installed": the user has the hotfix (or one that replaces it); "info": related reading, not a problem. */
export type FixStatus = "hotfix" | "upgrade" | "fixed" | "no-fix" | "installed" | "info";

/** One reason behind a verdict, with where it comes from. */
export interface Evidence {
  kind: EvidenceKind | "latest-by-date" | "files" | "none" | "reading" | "installed";
  /** The pack it names ("SP6", "latest"); null when it names none. */
  servicePack: string | null;
  /** The article whose text it is; section: the fix list's heading. */
  source: { id: string; title: string; section: string | null };
  quote: string;
}

export interface Evaluation {
  articleId: string;
  status: FixStatus;
  /** One sentence for the user. */
  reason: string;
  /** The service pack on the user's line that contains the fix; null when none is known. */
  fixedIn: { release: ReleaseId; servicePack: string; label: string; level: number; source: FixSource } | null;
  /** Why: the deciding evidence first. Never empty. */
  evidence: Evidence[];
  /** The sources name different packs (the earliest wins). */
  conflict: boolean;
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
  const fix = resolveFix(facts, system, targetedReleases(scope));
  // With no known fix, an article naming service packs concerns those and the later ones.
  if (!fix && level < earliestListedLevel(targets)) return null;

  const { files, stated, hotfixWhy, readingWhy, none } = reasonsFor(facts, system, fix);
  const result = (
    status: FixStatus,
    reason: string,
    evidence: Evidence[],
    fixedIn: Evaluation["fixedIn"] = null,
  ): Evaluation => ({
    articleId: facts.id,
    status,
    reason,
    fixedIn,
    evidence: evidence.length ? evidence : none,
    // Only a verdict that rests on a pack can have sources that disagree about it.
    conflict: (status === "fixed" || status === "upgrade") && (fix?.conflict ?? false),
    files,
    supersededBy: status === "hotfix" ? (options.supersededBy ?? null) : null,
    installed: null,
  });

  // Reading matter is never a verdict, whatever it says about packs (a fix list says "fixed in
  // SP4"); a how-to filed as a bug keeps a fix it has, and is reading when it has none.
  const asReading = () => result("info", "Information, not a problem report.", readingWhy);
  if (facts.kind === "information") return asReading();
  const yours = system.servicePack ?? "no service pack";
  const disagree = fix?.conflict ? " The sources disagree; the earliest pack is taken." : "";
  if (fix?.servicePack) {
    // The first pack of the user's own line (TSE has its own) at or past the fix.
    const pack = line.find((p) => p.level >= fix.servicePack!.level);
    const fixedIn = pack && {
      release: system.release,
      servicePack: pack.id,
      label: pack.label,
      level: pack.level,
      source: fix.source,
    };
    if (level >= fix.servicePack.level) {
      return result(
        "fixed",
        `Fixed in ${pack?.label ?? fix.servicePack.label}${latestNote(fix)}; you have ${yours}.${disagree}`,
        stated,
        fixedIn ?? null,
      );
    }
    if (fixedIn)
      return result(
        "upgrade",
        `Install ${pack.label}${latestNote(fix)}; you have ${yours}.${disagree}`,
        stated,
        fixedIn,
      );
  }
  if (facts.hotfixAvailable || facts.files.length || fix?.servicePack === null) {
    return result(
      "hotfix",
      files.length
        ? `A hotfix is available; no service pack up to yours contains the fix.`
        : fix?.servicePack === null
          ? `A hotfix is available from Microsoft Product Support Services (${fix.evidence[0].quote}); no service pack is named for it.`
          : `A hotfix is available from Microsoft Product Support Services, but the article lists no file for your platform.`,
      hotfixWhy,
    );
  }
  if (facts.kind === "both") return asReading();
  return result(
    "no-fix",
    fix ? `Fixed in ${fix.servicePack!.label}, which has no counterpart for your edition.` : "No fix is known.",
    stated,
  );
}

interface Reasons {
  files: HotfixFile[];
  stated: Evidence[];
  hotfixWhy: Evidence[];
  readingWhy: Evidence[];
  none: Evidence[];
}

// Per article, the reasons for one release, edition and platform: every service pack of that
// line shares them, so the cached results of many systems share these arrays.
const reasons = new WeakMap<ArticleFacts, Map<string, Reasons>>();

function reasonsFor(facts: ArticleFacts, system: System, fix: ResolvedFix | null): Reasons {
  const byKey = reasons.get(facts) ?? new Map<string, Reasons>();
  reasons.set(facts, byKey);
  const key = `${system.release}|${system.edition}|${system.platform}`;
  const known = byKey.get(key);
  if (known) return known;
  const files = facts.files.filter(
    (f) => system.platform === null || f.platform === null || f.platform === system.platform,
  );
  const self = { id: facts.id, title: facts.title, section: null };
  const stated = fix ? fix.evidence.map((e) => shown(e, fix, facts)) : [];
  const hotfix: Evidence[] = [
    ...facts.evidence.filter((e) => e.kind === "hotfix").map((e) => shown(e, null, facts)),
    ...(files.length
      ? [{ kind: "files" as const, servicePack: null, source: self, quote: files.map(describeFile).join("; ") }]
      : []),
  ];
  const made: Reasons = {
    files,
    stated,
    hotfixWhy: [...hotfix, ...stated],
    readingWhy: [reading(facts), ...stated, ...hotfix],
    none: [
      {
        kind: "none",
        servicePack: null,
        source: self,
        quote: "No service pack, fix list, keyword or hotfix names a fix.",
      },
    ],
  };
  byKey.set(key, made);
  return made;
}

function describeFile(f: HotfixFile): string {
  return [f.name, f.version, f.size !== null ? `${f.size} bytes` : null, f.date, f.platform]
    .filter((x) => x !== null)
    .join(" ");
}

function reading(facts: ArticleFacts): Evidence {
  return {
    kind: "reading",
    servicePack: null,
    source: { id: facts.id, title: facts.title, section: null },
    quote: "The title or issue type marks it as information, a how-to, an FAQ or a list.",
  };
}

/** A stored row as a reason; "the latest service pack" says which pack it was taken to be. */
export function shown(e: StoredEvidence, fix: ResolvedFix | null, facts: ArticleFacts): Evidence {
  const byDate = fix?.source === "latest-by-date" && e.servicePack === "latest";
  return {
    kind: byDate ? "latest-by-date" : e.kind,
    servicePack: byDate ? fix.servicePack!.id : e.servicePack,
    source: { id: e.source.id, title: e.source.title, section: e.section },
    quote: byDate ? `${e.quote} (resolved by the article's date, ${facts.lastModified})` : e.quote,
  };
}

function latestNote(fix: ResolvedFix): string {
  if (fix.source === "latest-by-date") return " (the latest service pack when the article was last updated)";
  if (fix.source === "latest-unresolved") return ' (the article says only "the latest service pack")';
  return "";
}
