// Whether an article describes a problem or is reading matter (information, how-to, FAQ, a
// list). Only problems get a verdict; the rest is "related reading" in the check.
import { isFixList } from "./fix-list";
import { splitKeywords } from "./keywords";

/** "both": read as information (a how-to title) but filed as a bug or problem (kbbug, kbprb). */
export type ArticleKind = "problem" | "information" | "both";

const READING_TITLE = /^(?:INFO|HOWTO|HOW TO|FAQ|DOC|GEN)\s*:|^How to\b|^List of\b|\bFrequently Asked Questions\b/i;
const PROBLEM_TITLE = /^(?:BUG|PRB|FIX)\s*:/i;
const READING = new Set(["kbinfo", "kbhowto", "kbfaq"]);
// kbbuglist marks bug reports (most carry issue type kbbug), not lists.
const PROBLEM = new Set(["kbbug", "kbprb", "kbfix", "kberrmsg", "kbbuglist"]);

/**
 * A fix list is reading. Otherwise the title ("INFO:", "How to") and the footer's issue type
 * (kbinfo, kbhowto; kbbug, kbprb) each say what they say; the keywords speak when neither does.
 */
export function articleKind(a: { title: string; keywords: readonly string[]; issueType: string | null }): ArticleKind {
  if (isFixList(a.title)) return "information";
  const types = a.issueType ? splitKeywords(a.issueType.split(/\s+/)).map((k) => k.toLowerCase()) : [];
  const filedAsProblem = types.some((t) => PROBLEM.has(t)) || PROBLEM_TITLE.test(a.title);
  const readAsInformation = READING_TITLE.test(a.title) || (!filedAsProblem && types.some((t) => READING.has(t)));
  if (readAsInformation) return filedAsProblem ? "both" : "information";
  if (filedAsProblem || types.length) return "problem";
  const keywords = splitKeywords(a.keywords).map((k) => k.toLowerCase());
  if (keywords.some((k) => PROBLEM.has(k))) return "problem";
  return keywords.some((k) => READING.has(k)) ? "information" : "problem";
}
