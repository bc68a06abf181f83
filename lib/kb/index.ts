// Public entry points of the KB parser. Framework-free and browser-safe: everything takes a string.
import { bodyLines, buildArticle } from "./article";
import { isContent, readContent } from "./content";
import { readHtml } from "./html";
import { readKbarchive } from "./kbarchive";
import { ParseError, readTxt } from "./txt";
import type { RawArticle } from "./raw";
import type { ParseResult } from "./types";

export type Format = "txt" | "kbarchive" | "content" | "html";

export function detectFormat(text: string): Format | null {
  const head = text.slice(0, 4000).replace(/^\uFEFF/, "");
  if (/^\s*DOCUMENT:/.test(head)) return "txt";
  if (/^\s*(?:<!DOCTYPE html|<html)/i.test(head) || /<pre class="highlight">/.test(text)) return "html";
  if (/^---\r?\n/.test(head) && (/^layout:/m.test(head) || head.includes("{% raw %}"))) return "kbarchive";
  if (isContent(head)) return "content";
  if (/^DOCUMENT:/m.test(head)) return "txt";
  return null;
}

function readRaw(src: string, format: Exclude<Format, "content">): RawArticle {
  if (format === "txt") return readTxt(src);
  return format === "kbarchive" ? readKbarchive(src) : readHtml(src);
}

/**
 * The body lines that file tables are read from (the applies-to box taken out), for tools that
 * study the parser (`npm run sweep:tables`); null for content/ files and unreadable text.
 */
export function articleBodyLines(text: string): { id: string; title: string; product: string; lines: string[] } | null {
  try {
    const src = text.replace(/^\uFEFF/, "");
    const format = detectFormat(src);
    if (!format || format === "content") return null;
    const raw = readRaw(src, format);
    return { id: raw.id, title: raw.title.trim(), product: raw.tag ?? "winnt", lines: bodyLines(raw) };
  } catch {
    return null;
  }
}

/** Detects the format and parses. Never throws: failures come back as {ok: false, error, line}. */
export function parseArticle(text: string, opts: { path?: string } = {}): ParseResult {
  const where = opts.path ? `${opts.path}: ` : "";
  try {
    if (typeof text !== "string") return { ok: false, error: `${where}input is not a string` };
    const src = text.replace(/^\uFEFF/, "");
    const format = detectFormat(src);
    if (format === "content") return { ok: true, article: readContent(src) };
    const raw = format && readRaw(src, format);
    if (raw) return { ok: true, article: buildArticle(raw) };
    return { ok: false, error: `${where}unrecognised format (no DOCUMENT: header or front matter)`, line: 1 };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, error: where + e.message, ...(e.line ? { line: e.line } : {}) };
    return { ok: false, error: `${where}parser failure: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export { sectionsFromMarkdown, sectionsToMarkdown, serializeArticle } from "./content";
export { toParseRecord, type ParseRecord } from "./record";
export * from "./types";
