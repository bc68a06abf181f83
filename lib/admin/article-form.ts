import { EMPTY_FOOTER, type ArticleInput } from "./article-schema";
import { EMPTY_FILE_ROW, FILE_FIELDS, type ArticleFormValues, type FileRowValues } from "./form-values";

// The admin form works in text (what the user typed, returned unchanged on a failed
// save); these functions convert between that text and the schema's ArticleInput.

export function emptyFormValues(): ArticleFormValues {
  return {
    id: "",
    title: "",
    product: "winnt",
    lastModified: new Date().toISOString().slice(0, 10),
    versions: "",
    editions: "",
    appliesTo: "",
    keywords: "",
    fixedIn: "",
    hotfixAvailable: false,
    body: "## Symptoms\n\n\n\n## Cause\n\n\n\n## Resolution\n\n",
    files: [],
    footer: JSON.stringify(EMPTY_FOOTER),
    baseRevision: "0",
  };
}

const text = (fd: FormData, name: string) => String(fd.get(name) ?? "");

/** Form fields named "files.0.name"... in the order the rows are on screen. */
export function formDataToValues(fd: FormData): ArticleFormValues {
  const rows = new Map<number, FileRowValues>();
  for (const [key, value] of fd.entries()) {
    const m = /^files\.(\d+)\.(\w+)$/.exec(key);
    if (!m || !(FILE_FIELDS as readonly string[]).includes(m[2])) continue;
    const row = rows.get(Number(m[1])) ?? { ...EMPTY_FILE_ROW };
    row[m[2] as keyof FileRowValues] = String(value);
    rows.set(Number(m[1]), row);
  }
  return {
    id: text(fd, "id"),
    title: text(fd, "title"),
    product: text(fd, "product"),
    lastModified: text(fd, "lastModified"),
    versions: text(fd, "versions"),
    editions: text(fd, "editions"),
    appliesTo: text(fd, "appliesTo"),
    keywords: text(fd, "keywords"),
    fixedIn: text(fd, "fixedIn"),
    hotfixAvailable: fd.get("hotfixAvailable") === "on",
    body: text(fd, "body"),
    files: [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row),
    footer: text(fd, "footer") || JSON.stringify(EMPTY_FOOTER),
    baseRevision: text(fd, "baseRevision") || "0",
  };
}

const split = (value: string, separator: RegExp) =>
  value
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
const orNull = (value: string) => (value.trim() === "" ? null : value.trim());

/** Digits become a number; anything else is passed on for the schema to refuse with a message. */
function size(value: string): number | string | null {
  const v = value.trim().replace(/,/g, "");
  return v === "" ? null : /^\d+$/.test(v) ? Number(v) : v;
}

function fixedIn(value: string) {
  return split(value, /[,\n]/).map((item) => {
    const [first, second] = item.split(/\s+/);
    return second === undefined ? { release: null, servicePack: first } : { release: first, servicePack: second };
  });
}

function footer(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Form text → the object articleInputSchema validates. */
export function valuesToInput(v: ArticleFormValues): unknown {
  return {
    id: v.id.trim().toUpperCase(),
    title: v.title,
    product: v.product,
    lastModified: orNull(v.lastModified),
    versions: split(v.versions, /[,\n]/),
    appliesTo: split(v.appliesTo, /\n/),
    editions: split(v.editions, /[,\n]/),
    keywords: split(v.keywords, /[\s,]+/),
    fixedIn: fixedIn(v.fixedIn),
    hotfixAvailable: v.hotfixAvailable,
    body: v.body.replace(/\r\n/g, "\n"),
    files: v.files.map((f) => ({
      name: f.name,
      size: size(f.size),
      platform: orNull(f.platform),
      date: orNull(f.date),
      time: orNull(f.time),
      version: orNull(f.version),
    })),
    footer: footer(v.footer),
  };
}

/** A stored or parsed article as form text. */
export function inputToValues(a: ArticleInput, baseRevision: number): ArticleFormValues {
  return {
    id: a.id,
    title: a.title,
    product: a.product,
    lastModified: a.lastModified ?? "",
    versions: a.versions.join(", "),
    editions: a.editions.join(", "),
    appliesTo: a.appliesTo.join("\n"),
    keywords: a.keywords.join(" "),
    fixedIn: a.fixedIn.map((f) => (f.release ? `${f.release} ${f.servicePack}` : f.servicePack)).join(", "),
    hotfixAvailable: a.hotfixAvailable,
    body: a.body,
    files: a.files.map((f) => ({
      name: f.name,
      size: f.size === null ? "" : String(f.size),
      platform: f.platform ?? "",
      date: f.date ?? "",
      time: f.time ?? "",
      version: f.version ?? "",
    })),
    footer: JSON.stringify(a.footer),
    baseRevision: String(baseRevision),
  };
}
