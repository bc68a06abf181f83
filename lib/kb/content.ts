// The project's own content/ format: YAML front matter with every extracted fact, then the
// sections as markdown ("## Heading" each). References are not stored: they are re-derived
// from the section bodies, exactly as the TXT parser derives them.
import { Document, isMap, isSeq, LineCounter, parseDocument } from "yaml";
import { articleSchema } from "../validations/article";
import { splitLines } from "./raw";
import { extractReferences } from "./references";
import type { Article, Section } from "./types";
import { ParseError } from "./txt";

export const isContent = (text: string) =>
  /^---\r?\n/.test(text) && !/^layout:/m.test(text.slice(0, 500)) && !text.includes("{% raw %}");

export function serializeArticle(a: Article): string {
  // Explicit order (the schema's), so serialize(parse(text)) reproduces text byte for byte.
  const facts = {
    id: a.id,
    title: a.title,
    product: a.product,
    lastModified: a.lastModified,
    versions: a.versions,
    appliesTo: a.appliesTo,
    editions: a.editions,
    keywords: a.keywords,
    footer: a.footer,
    fixedIn: a.fixedIn,
    hotfixAvailable: a.hotfixAvailable,
    files: a.files,
  };
  const doc = new Document(facts);
  // One file row per line reads best.
  const files = doc.get("files", true);
  if (isSeq(files)) for (const item of files.items) if (isMap(item)) item.flow = true;
  const fixed = doc.get("fixedIn", true);
  if (isSeq(fixed)) for (const item of fixed.items) if (isMap(item)) item.flow = true;
  return ["---", doc.toString({ lineWidth: 0 }).trimEnd(), "---", "", sectionsToMarkdown(a.sections), ""].join("\n");
}

/** The body as one markdown document, "## Heading" before each titled section (what the app stores and renders). */
export function sectionsToMarkdown(sections: Section[]): string {
  const out: string[] = [];
  for (const s of sections) {
    if (s.heading) out.push(`## ${s.heading}`, "");
    if (s.body) out.push(s.body, "");
  }
  return out.join("\n").trimEnd();
}

/** The inverse of sectionsToMarkdown. */
export function sectionsFromMarkdown(markdown: string): Section[] {
  return readSections(splitLines(markdown));
}

/** Sections from the markdown body; "## " lines inside fenced code do not split. */
function readSections(lines: string[]): Section[] {
  const sections: Section[] = [];
  let cur: { heading: string; lines: string[] } | null = null;
  let fence: string | null = null;
  const done = () => {
    if (!cur) return;
    const body = cur.lines.join("\n").replace(/^\n+|\n+$/g, "");
    if (cur.heading || body) sections.push({ heading: cur.heading, body });
  };
  for (const l of lines) {
    const f = /^(`{3,})/.exec(l);
    if (f) {
      if (fence === null) fence = f[1];
      else if (l.trimEnd() === fence) fence = null;
    }
    const h = fence === null ? /^## (.*)$/.exec(l) : null;
    if (h) {
      done();
      cur = { heading: h[1].trim(), lines: [] };
    } else {
      cur ??= { heading: "", lines: [] };
      cur.lines.push(l);
    }
  }
  done();
  return sections;
}

export function readContent(text: string): Article {
  const lines = splitLines(text);
  const close = lines.indexOf("---", 1);
  if (lines[0] !== "---" || close < 0) throw new ParseError("content front matter is not closed with ---", 1);
  const lineCounter = new LineCounter();
  const doc = parseDocument(lines.slice(1, close).join("\n"), { lineCounter });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new ParseError(`bad YAML front matter: ${e.message.split("\n")[0]}`, (e.linePos?.[0].line ?? 0) + 1);
  }
  const checked = articleSchema.safeParse(doc.toJS());
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    // Point at the deepest node of the path that exists in the document.
    let line = 1;
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) {
        line = lineCounter.linePos(node.range[0]).line + 1;
        break;
      }
    }
    throw new ParseError(`invalid front matter at ${path.join(".") || "root"}: ${issue.message}`, line);
  }
  const sections = readSections(lines.slice(close + 1));
  const fm = checked.data;
  return { ...fm, sections, references: extractReferences(sections, fm.id) };
}
