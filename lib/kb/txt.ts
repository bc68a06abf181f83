// Format 1: the raw .TXT article with its fixed six-line header.
import { type RawArticle, splitBodyFooter, splitLines } from "./raw";

export class ParseError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

const DOCUMENT = /^DOCUMENT:\s*(Q\d+)\s+(\S+)?\s*(?:\[([^\]]*)\])?/;

/** Header field "NAME    :value" on the given line, or null when that line is not the field. */
function field(lines: string[], i: number, name: string): string | null {
  const line = lines[i];
  if (line === undefined) return null;
  const m = /^([A-Z/]+)\s*:(.*)$/.exec(line);
  return m && m[1] === name ? m[2] : null;
}

export function readTxt(text: string): RawArticle {
  const lines = splitLines(text);
  const start = lines.findIndex((l) => l.startsWith("DOCUMENT:"));
  if (start < 0) throw new ParseError("missing DOCUMENT: line", 1);
  const doc = DOCUMENT.exec(lines[start]);
  if (!doc) throw new ParseError("malformed DOCUMENT: line (expected DOCUMENT:Qnnnn  DD-MON-YYYY  [tag])", start + 1);
  const title = field(lines, start + 1, "TITLE");
  if (title === null || title.trim() === "") throw new ParseError("missing TITLE line", start + 2);

  // The remaining header fields are optional but, when present, follow in this order.
  const header: Record<string, string> = {};
  let i = start + 2;
  for (const name of ["PRODUCT", "PROD/VER", "OPER/SYS", "KEYWORDS"]) {
    const v = field(lines, i, name);
    if (v !== null) {
      header[name] = v;
      i++;
    }
  }
  // Skip the blank line and the ===== rule under the header.
  while (i < lines.length && (lines[i].trim() === "" || /^=+\s*$/.test(lines[i]))) i++;
  const { body, footer } = splitBodyFooter(lines.slice(i));
  return {
    id: doc[1],
    date: doc[2] ?? null,
    tag: doc[3]?.trim() || null,
    title,
    product: header.PRODUCT ?? "",
    prodVer: header["PROD/VER"] ?? "",
    keywords: header.KEYWORDS ?? "",
    body,
    bodyLine: i + 1,
    footer,
  };
}
