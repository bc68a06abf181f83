// Builds the Article from the raw form shared by the TXT, kbarchive and html readers.
import { parseHeaderDate } from "./dates";
import { extractFiles } from "./files";
import { extractFixedIn, extractHotfixAvailable } from "./fixed-in";
import { extractAppliesTo, extractEditions, parseFooter, parseVersions, splitWords } from "./meta";
import { collapse, type RawArticle } from "./raw";
import { extractReferences } from "./references";
import { toSections } from "./sections";
import type { Article } from "./types";

// Normalise no-break spaces (byte A0) so both formats read the same text.
const normalized = (raw: RawArticle) => raw.body.map((l) => l.replace(/\u00a0/g, " ").trimEnd());

/** The body without its applies-to box: what sections and file tables are read from. */
export const bodyLines = (raw: RawArticle): string[] => extractAppliesTo(normalized(raw)).rest;

export function buildArticle(raw: RawArticle): Article {
  const { appliesTo, rest } = extractAppliesTo(normalized(raw));
  const sections = toSections(rest);
  const text = rest.join("\n");
  return {
    id: raw.id,
    title: collapse(raw.title),
    product: raw.tag ?? "winnt",
    lastModified: raw.date ? parseHeaderDate(raw.date) : null,
    versions: parseVersions(raw.prodVer),
    appliesTo,
    editions: extractEditions(appliesTo),
    keywords: splitWords(raw.keywords),
    footer: parseFooter(raw.footer),
    sections,
    files: extractFiles(rest, raw.title),
    fixedIn: extractFixedIn(text),
    hotfixAvailable: extractHotfixAvailable(text),
    references: extractReferences(sections, raw.id),
  };
}
