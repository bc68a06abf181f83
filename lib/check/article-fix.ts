// What an article's evidence says over every system it concerns: its page's fix panel. The
// same rule as the check (resolveFix), per release and service-pack line the article targets.
import { releaseLabel, type ReleaseId } from "../nt/releases";
import { servicePackLine } from "../nt/service-packs";
import { type Evidence, shown } from "./evaluate";
import type { ArticleFacts } from "./facts";
import { resolveFix } from "./fix";
import { articleScope, targetedReleases } from "./scope";

export interface ArticleFix {
  /** "Windows NT 4.0 Service Pack 6", "Terminal Server Edition Service Pack 4": one per line. */
  packs: { label: string; conflict: boolean; byDate: boolean }[];
  /** A hotfix is offered, or a keyword says no pack has the fix. */
  hotfix: boolean;
  /** Every stored fact about the fix, the article's own first. */
  evidence: Evidence[];
}

export function articleFix(facts: ArticleFacts): ArticleFix {
  const { targets } = articleScope(facts);
  const targeted = targetedReleases(articleScope(facts));
  // Terminal Server Edition is a line of its own: shown when the article names it.
  const lines: { release: ReleaseId; edition: "terminal-server" | null }[] = targeted.flatMap((release) => {
    const of = targets.filter((t) => t.release === release);
    return [
      ...(of.some((t) => t.edition !== "terminal-server") ? [{ release, edition: null }] : []),
      ...(of.some((t) => t.edition === "terminal-server") ? [{ release, edition: "terminal-server" as const }] : []),
    ];
  });
  const packs: ArticleFix["packs"] = [];
  let noPack = false;
  for (const line of lines) {
    const fix = resolveFix(facts, line, targeted);
    if (!fix) continue;
    if (!fix.servicePack) {
      noPack = true;
      continue;
    }
    const own = servicePackLine(line.release, line.edition).find((p) => p.level >= fix.servicePack!.level);
    if (!own) continue;
    // TSE's packs are labelled "Terminal Server Edition Service Pack 4" already.
    const label = line.edition ? own.label : `${releaseLabel(line.release)} ${own.label}`;
    if (!packs.some((p) => p.label === label))
      packs.push({ label, conflict: fix.conflict, byDate: fix.source.startsWith("latest") });
  }
  const evidence = [...facts.evidence]
    .sort((a, b) => Number(a.source.id !== facts.id) - Number(b.source.id !== facts.id))
    .map((e) => shown(e, null, facts));
  return { packs, hotfix: noPack || facts.hotfixAvailable || facts.files.length > 0, evidence };
}
