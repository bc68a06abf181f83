// Article facts from the stored rows: one join shared by the catalog (rows from SQL) and the
// tests (rows from parsed corpus articles), so both read fix lists the same way.
import { articleKind } from "../kb/article-kind";
import type { FixEvidence, Footer, HotfixFile } from "../kb/types";
import type { ArticleFacts, StoredEvidence } from "./facts";

export interface FactRow {
  id: string;
  title: string;
  lastModified: string | null;
  versions: string[];
  appliesTo: string[];
  keywords: string[];
  footer: Footer;
  files: HotfixFile[];
  hotfixAvailable: boolean;
}

/** An evidence row with the live article that states it; target: the article it is about. */
export interface EvidenceRow extends Omit<FixEvidence, "target"> {
  target: string;
  source: { id: string; title: string };
}

export function toFacts(articles: readonly FactRow[], evidence: readonly EvidenceRow[]): ArticleFacts[] {
  const about = new Map<string, StoredEvidence[]>();
  for (const { target, ...e } of evidence) {
    const list = about.get(target);
    if (list) list.push(e);
    else about.set(target, [e]);
  }
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    lastModified: a.lastModified,
    versions: a.versions,
    appliesTo: a.appliesTo,
    hardware: a.footer.hardware ?? [],
    files: a.files,
    evidence: about.get(a.id) ?? [],
    hotfixAvailable: a.hotfixAvailable,
    kind: articleKind({
      title: a.title,
      keywords: [...a.keywords, ...(a.footer.keywords ?? [])],
      issueType: a.footer.issueType ?? null,
    }),
  }));
}
