// The common intermediate form: every input format (TXT, kbarchive .md, .html) is reduced to
// the raw article's header fields plus its body and footer lines, so one builder serves all.

export interface RawArticle {
  id: string;
  /** "08-MAY-2002" as written; null when absent. */
  date: string | null;
  /** Product tag from the DOCUMENT line ("winnt"); null when the format does not carry it. */
  tag: string | null;
  title: string;
  product: string;
  prodVer: string;
  keywords: string;
  /** Body lines (between the header and the footer), TXT indentation. */
  body: string[];
  /** 1-based line number in the input of body[0]. */
  bodyLine: number;
  /** Footer "Key : value" lines. */
  footer: string[];
}

/** Split on LF or CRLF (and lone CR), dropping a trailing empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

export const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

const LEGAL = /^THE INFORMATION PROVIDED IN THE MICROSOFT KNOWLEDGE BASE|^Copyright Microsoft Corporation/;
/** Footer keys are padded before the colon: "Solution Type     :". */
const FOOTER_KEY = /^[A-Z][A-Za-z /]*[A-Za-z] +:/;
const RULE = /^={10,}\s*$/;

/**
 * Split the lines after the header into body and footer. The footer is the block of
 * "Key : value" lines after the last ===== rule; the legal notice after it is dropped.
 */
export function splitBodyFooter(lines: string[]): { body: string[]; footer: string[] } {
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (LEGAL.test(lines[i])) {
      end = i;
      break;
    }
  }
  // Drop the trailing rule and blank lines that frame the legal notice.
  while (end > 0 && (lines[end - 1].trim() === "" || /^=+\s*$/.test(lines[end - 1]))) end--;
  let rule = -1;
  for (let i = end - 1; i >= 0; i--) {
    if (RULE.test(lines[i])) {
      rule = i;
      break;
    }
    if (!FOOTER_KEY.test(lines[i]) && !/^\s/.test(lines[i]) && lines[i].trim() !== "") break;
  }
  if (rule < 0) return { body: lines.slice(0, end), footer: [] };
  return { body: lines.slice(0, rule), footer: lines.slice(rule + 1, end) };
}
