// The facts about an article that decide whether and how it concerns a system. Small enough
// for the database layer to store per article and feed back without the article body.
import type { ArticleKind } from "../kb/article-kind";
import type { FixEvidence, HotfixFile } from "../kb/types";

/** A stored evidence row as the check reads it: with the article that states it. */
export interface StoredEvidence extends Omit<FixEvidence, "target"> {
  /** The article whose text it is: the article itself, or the fix list that names it. */
  source: { id: string; title: string };
}

export interface ArticleFacts {
  id: string;
  title: string;
  /** YYYY-MM-DD; resolves "fixed in the latest service pack" when nothing better does. */
  lastModified: string | null;
  /** PROD/VER tokens, e.g. ["4.0 SP4", "4.0 SP5"]. */
  versions: string[];
  /** "The information in this article applies to" lines. */
  appliesTo: string[];
  /** Footer "Hardware" tokens, e.g. ["ALPHA", "x86"]. */
  hardware: string[];
  files: HotfixFile[];
  /** Every fix fact about the article: its own and the fix lists' (lib/kb/evidence.ts). */
  evidence: StoredEvidence[];
  hotfixAvailable: boolean;
  kind: ArticleKind;
}
