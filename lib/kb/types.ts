// The shape of a KB article as the parser extracts it and as the app stores it.
// Framework-free: shared by the parser, the importer, the content/ format and the UI.

export const PLATFORMS = ["x86", "alpha", "mips", "ppc"] as const;
export type Platform = (typeof PLATFORMS)[number];

/** One row of a hotfix file-attribute table. */
export interface HotfixFile {
  /** File name as written in the article (e.g. "Rassrv.exe"). */
  name: string;
  /** Size in bytes; null when given in KB or absent. */
  size: number | null;
  platform: Platform | null;
  /** YYYY-MM-DD */
  date: string | null;
  /** 24-hour HH:MM */
  time: string | null;
  /** Version as written, e.g. "4.0.1381.133". */
  version: string | null;
}

/** A service pack that contains the fix: {release: "4.0", servicePack: "SP5"}; servicePack "latest" for "the latest service pack". */
export interface FixedIn {
  release: string | null;
  servicePack: string;
}

/** The footer block of a raw article (Keywords/Technology/Version/Hardware/Issue type/Solution Type). */
export interface Footer {
  keywords: string[];
  technology: string[];
  version: string | null;
  hardware: string[];
  issueType: string | null;
  solutionType: string | null;
}

export interface Section {
  /** Heading as a reader would title it, e.g. "Symptoms", "More Information". Empty for text before the first heading. */
  heading: string;
  /** Readable markdown: re-flowed paragraphs, lists kept as lists, tables/command output as fenced code. */
  body: string;
}

export interface Article {
  id: string; // "Q244717"
  title: string;
  product: string; // "winnt"
  lastModified: string | null; // "2002-05-08"
  /** PROD/VER tokens: ["4.0 SP4", "4.0 SP5"] */
  versions: string[];
  /** Lines of "The information in this article applies to:", e.g. "Microsoft Windows NT Server versions 4.0 SP4, 4.0 SP5, Terminal Server Edition". */
  appliesTo: string[];
  /** Editions named in those lines, e.g. ["Server", "Terminal Server Edition"]. */
  editions: string[];
  /** Header KEYWORDS tokens. */
  keywords: string[];
  footer: Footer;
  sections: Section[];
  files: HotfixFile[];
  fixedIn: FixedIn[];
  /** The article says a hotfix can be obtained (e.g. "contact Microsoft Product Support Services to obtain the fix"). */
  hotfixAvailable: boolean;
  /** Sorted unique "Q..." ids cited by the article, excluding itself. */
  references: string[];
}

export type ParseResult = { ok: true; article: Article } | { ok: false; error: string; line?: number };

/** Where a statement about a fix comes from; README "How a verdict is reached" says how they combine. */
export type EvidenceKind = "statement" | "keyword" | "fix-list" | "hotfix";

/** One fact about an article's fix, as the Knowledge Base states it. */
export interface FixEvidence {
  kind: EvidenceKind;
  /** The NT release of the pack ("4.0", "2000"); null: the article's own release (a bare "SP4"). */
  release: string | null;
  /** "terminal-server" when the pack is Terminal Server Edition's own line. */
  edition: "terminal-server" | null;
  /** "SP5", "latest"; null when no service pack has the fix (kbWinNT400PreSP7Fix, a hotfix). */
  servicePack: string | null;
  /** The sentence, the keyword, or the fix list's line for the article. */
  quote: string;
  /** Fix lists: the heading the article is listed under. */
  section: string | null;
  /** Fix lists: the article the list names; null: the article that states it. */
  target: string | null;
}
