import type { ArticleInput } from "./article-schema";

// A revision stores the article as JSON; people compare it as text. This is that
// text: one line per fact, one per file row, then the body, so a line diff reads well.

function fileLine(f: ArticleInput["files"][number]): string {
  return [f.date ?? "-", f.time ?? "-", f.size ?? "-", f.version ?? "-", f.name, f.platform ?? "any"].join("  ");
}

export function articleText(a: ArticleInput): string[] {
  return [
    `id: ${a.id}`,
    `title: ${a.title}`,
    `product: ${a.product}`,
    `last modified: ${a.lastModified ?? ""}`,
    `versions: ${a.versions.join(", ")}`,
    `editions: ${a.editions.join(", ")}`,
    ...a.appliesTo.map((line) => `applies to: ${line}`),
    `keywords: ${a.keywords.join(" ")}`,
    `fixed in: ${a.fixedIn.map((f) => [f.release, f.servicePack].filter(Boolean).join(" ")).join(", ")}`,
    `hotfix available: ${a.hotfixAvailable ? "yes" : "no"}`,
    ...a.files.map((f) => `file: ${fileLine(f)}`),
    "",
    ...a.body.split("\n"),
  ];
}

const FIELDS: [keyof ArticleInput, string][] = [
  ["title", "title"],
  ["product", "product"],
  ["lastModified", "last modified"],
  ["versions", "versions"],
  ["appliesTo", "applies to"],
  ["editions", "editions"],
  ["keywords", "keywords"],
  ["fixedIn", "fixed in"],
  ["hotfixAvailable", "hotfix available"],
  ["files", "files"],
  ["body", "body"],
  ["footer", "footer"],
];

/** "title, files changed", or "no changes". */
export function changeSummary(before: ArticleInput, after: ArticleInput): string {
  const changed = FIELDS.filter(([key]) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).map(
    ([, label]) => label,
  );
  return changed.length === 0 ? "no changes" : `${changed.join(", ")} changed`;
}
