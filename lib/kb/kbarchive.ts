// Format 2: kbarchive Jekyll README.md (front matter, "## Qnnn: title", {% raw %} body indented
// with a TAB). Format 3 (html) is reduced to the same lines by html.ts.
import { type RawArticle, splitBodyFooter, splitLines } from "./raw";
import { ParseError } from "./txt";

const ENTITIES: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'", nbsp: " " };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (all, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e] ?? all;
  });
}

// genmd.js wrote each non-ASCII byte as an "<A0>"-style token, but the KB text also contains
// literal tokens such as NetBIOS suffixes "<1C>" and the drive placeholder "<CD>". Only tokens
// for Windows-1252 spacing and punctuation bytes are decoded; letters and controls stay literal.
const CP1252: Record<string, string> = {
  "85": "...",
  "91": "'",
  "92": "'",
  "93": '"',
  "94": '"',
  "96": "-",
  "97": "-",
  A0: " ",
  A9: "(c)",
  AE: "(R)",
  B7: "*",
};

export const decodeByteTokens = (s: string) =>
  s.indexOf("<") < 0 ? s : s.replace(/<([89A-F][0-9A-F])>/g, (all, hex: string) => CP1252[hex] ?? all);

/** "Microsoft Windows for Workgroups and Windows NT Networking Issues" is the crossnet product. */
function inferTag(product: string): string {
  return /Networking Issues|Windows for Workgroups/i.test(product) ? "crossnet" : "winnt";
}

const META = /^(Article|Product\(s\)|Version\(s\)|Operating System\(s\)|Keyword\(s\)|Last Modified):\s?(.*)$/;

/** `lines` are the input's lines; `lineOf` maps an index to its 1-based line in the original input. */
export function readKbarchiveLines(lines: string[], lineOf: (i: number) => number = (i) => i + 1): RawArticle {
  let title: string | null = null;
  let i = 0;
  let open = -1;
  for (; i < lines.length; i++) {
    const t = /^##\s+Q\d+:\s?(.*)$/.exec(lines[i]);
    if (t && title === null) title = decodeEntities(t[1]);
    else if (/^\{%\s*raw\s*%\}\s*$/.test(lines[i])) {
      open = i;
      break;
    }
  }
  if (open < 0) throw new ParseError("missing {% raw %} block", lines.length ? lineOf(lines.length - 1) : 1);
  let close = lines.length;
  for (let j = open + 1; j < lines.length; j++) {
    if (/^\{%\s*endraw\s*%\}\s*$/.test(lines[j])) {
      close = j;
      break;
    }
  }
  // Undo the TAB indent, and give back the one leading space genmd.js removed from indented lines.
  const body = lines.slice(open + 1, close).map((l) => {
    const s = decodeByteTokens(l.startsWith("\t") ? l.slice(1) : l);
    return s.startsWith(" ") ? ` ${s}` : s;
  });

  const meta: Record<string, string> = {};
  let k = 0;
  while (k < body.length && body[k].trim() === "") k++;
  const metaStart = k;
  for (; k < body.length; k++) {
    const m = META.exec(body[k].trim());
    if (!m) break;
    meta[m[1]] = m[2];
  }
  if (!meta.Article || !/^Q\d+$/.test(meta.Article.trim()))
    throw new ParseError("missing Article: Qnnnn line", lineOf(open + 1 + metaStart));
  if (title === null || title.trim() === "") throw new ParseError("missing ## Qnnnn: title line", lineOf(0));
  while (k < body.length && (body[k].trim() === "" || /^=+\s*$/.test(body[k]))) k++;
  const split = splitBodyFooter(body.slice(k));
  const product = meta["Product(s)"] ?? "";
  return {
    id: meta.Article.trim(),
    date: meta["Last Modified"]?.trim() || null,
    tag: inferTag(product),
    title,
    product,
    prodVer: meta["Version(s)"] ?? "",
    keywords: meta["Keyword(s)"] ?? "",
    body: split.body,
    bodyLine: lineOf(open + 1 + k),
    footer: split.footer,
  };
}

export const readKbarchive = (text: string) => readKbarchiveLines(splitLines(text));
