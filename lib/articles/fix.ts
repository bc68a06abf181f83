import type { FixedIn } from "../kb/types";
import { releaseLabel } from "../nt/releases";

export type FixSummary = { kind: "service-pack"; fixedIn: FixedIn[] } | { kind: "hotfix" } | { kind: "none" };

/**
 * What the article offers: a service pack beats a hotfix, which beats nothing. "The latest
 * service pack" adds nothing beside a named pack of the same release, so it is dropped then.
 */
export function summarizeFix(a: { fixedIn: FixedIn[]; files: unknown[]; hotfixAvailable: boolean }): FixSummary {
  const named = a.fixedIn.filter((f) => f.servicePack !== "latest");
  const redundant = (f: FixedIn) =>
    f.servicePack === "latest" &&
    named.some((n) => n.release === f.release || n.release === null || f.release === null);
  const fixedIn = a.fixedIn.filter((f) => !redundant(f));
  if (fixedIn.length > 0) return { kind: "service-pack", fixedIn };
  if (a.files.length > 0 || a.hotfixAvailable) return { kind: "hotfix" };
  return { kind: "none" };
}

/** "Windows NT 4.0 Service Pack 5", "the latest service pack". */
export function fixedInLabel(f: FixedIn): string {
  const sp =
    f.servicePack === "latest" ? "the latest service pack" : `Service Pack ${f.servicePack.replace(/^SP/i, "")}`;
  if (!f.release) return sp;
  const release = releaseLabel(f.release);
  return f.servicePack === "latest" ? `the latest ${release} service pack` : `${release} ${sp}`;
}
