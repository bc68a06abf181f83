import type { FixEvidence } from "../kb/types";
import { releaseLabel } from "../nt/releases";

/** A stored evidence row as the article page shows it, with the article that states it. */
export interface ArticleEvidence extends Omit<FixEvidence, "target"> {
  source: { id: string; title: string };
}

type Pack = Pick<FixEvidence, "release" | "edition" | "servicePack">;

export type FixSummary = { kind: "service-pack"; packs: Pack[] } | { kind: "hotfix" } | { kind: "none" };

/**
 * What the article's evidence offers, over every system: a service pack beats a hotfix, which
 * beats nothing. Per line the earliest named pack is shown; "the latest service pack" adds
 * nothing beside a named pack of the same release, so it is dropped then.
 */
export function summarizeFix(a: {
  evidence: readonly Pick<FixEvidence, "kind" | "release" | "edition" | "servicePack">[];
  files: unknown[];
  hotfixAvailable: boolean;
}): FixSummary {
  const packs = new Map<string, Pack>();
  for (const e of a.evidence) {
    if (e.kind === "hotfix" || e.servicePack === null || e.servicePack === "latest") continue;
    const key = `${e.release}|${e.edition}`;
    const known = packs.get(key);
    if (!known || spOrder(e.servicePack) < spOrder(known.servicePack!)) packs.set(key, e);
  }
  const named = [...packs.values()];
  for (const e of a.evidence) {
    if (e.servicePack !== "latest") continue;
    const redundant = named.some((n) => n.release === e.release || n.release === null || e.release === null);
    if (!redundant && !named.some((n) => n.release === e.release && n.servicePack === "latest")) named.push(e);
  }
  if (named.length > 0)
    return {
      kind: "service-pack",
      packs: named.map(({ release, edition, servicePack }) => ({ release, edition, servicePack })),
    };
  if (a.files.length > 0 || a.hotfixAvailable || a.evidence.some((e) => e.kind === "keyword"))
    return { kind: "hotfix" };
  return { kind: "none" };
}

const spOrder = (id: string) => Number(/\d+/.exec(id)?.[0] ?? 99) + (/[a-z]$/i.test(id) ? 0.5 : 0);

/** "Windows NT 4.0 Service Pack 5", "Terminal Server Edition Service Pack 4", "the latest service pack". */
export function fixedInLabel(f: Pick<FixEvidence, "release" | "servicePack"> & { edition?: string | null }): string {
  if (f.servicePack === null) return "no service pack (a hotfix)";
  const sp =
    f.servicePack === "latest" ? "the latest service pack" : `Service Pack ${f.servicePack.replace(/^SP/i, "")}`;
  if (f.edition === "terminal-server" && f.servicePack !== "latest") return `Terminal Server Edition ${sp}`;
  if (!f.release) return sp;
  const release = releaseLabel(f.release);
  return f.servicePack === "latest" ? `the latest ${release} service pack` : `${release} ${sp}`;
}
