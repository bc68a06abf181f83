// The facts about an article that decide whether and how it concerns a system. Small enough
// for the database layer to store per article and feed back without the article body.
import type { FixedIn, HotfixFile } from "../kb/types";

export interface ArticleFacts {
  id: string;
  title: string;
  /** YYYY-MM-DD; resolves "fixed in the latest service pack". */
  lastModified: string | null;
  /** PROD/VER tokens, e.g. ["4.0 SP4", "4.0 SP5"]. */
  versions: string[];
  /** "The information in this article applies to" lines. */
  appliesTo: string[];
  /** Footer "Hardware" tokens, e.g. ["ALPHA", "x86"]. */
  hardware: string[];
  files: HotfixFile[];
  fixedIn: FixedIn[];
  hotfixAvailable: boolean;
}
