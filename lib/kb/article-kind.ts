// Whether an article describes a problem or is reading matter (information, how-to, FAQ, a
// list). Only problems get a verdict; the rest is "related reading" in the check.
import { isFixList } from "./fix-list";
import { splitKeywords } from "./keywords";

export type ArticleKind = "problem" | "information";

const READING_TITLE = /^(?:INFO|HOWTO|HOW TO|FAQ|DOC|GEN)\s*:|^How to\b|^List of\b|\bFrequently Asked Questions\b/i;
const READING = new Set(["kbinfo", "kbhowto", "kbfaq", "kbbuglist"]);
const PROBLEM = new Set(["kbbug", "kbprb", "kbfix", "kberrmsg"]);

/** The footer's issue type decides when it has one; else the title, then the keywords. */
export function articleKind(a: { title: string; keywords: readonly string[]; issueType: string | null }): ArticleKind {
  if (isFixList(a.title) || READING_TITLE.test(a.title)) return "information";
  const types = a.issueType ? splitKeywords(a.issueType.split(/\s+/)).map((k) => k.toLowerCase()) : [];
  if (types.some((t) => PROBLEM.has(t))) return "problem";
  if (types.some((t) => READING.has(t))) return "information";
  const keywords = splitKeywords(a.keywords).map((k) => k.toLowerCase());
  if (keywords.some((k) => PROBLEM.has(k))) return "problem";
  return keywords.some((k) => READING.has(k)) ? "information" : "problem";
}
