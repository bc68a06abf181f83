// What the admin form holds: text as the user typed it. Kept apart from the schema so the
// form's client components can import it without bundling zod into the browser.

export interface FileRowValues {
  name: string;
  size: string;
  platform: string;
  date: string;
  time: string;
  version: string;
}

export interface ArticleFormValues {
  id: string;
  title: string;
  product: string;
  lastModified: string;
  /** comma- or line-separated */
  versions: string;
  editions: string;
  /** one per line */
  appliesTo: string;
  /** space-separated */
  keywords: string;
  /** "4.0 SP5, SP6a" */
  fixedIn: string;
  hotfixAvailable: boolean;
  body: string;
  files: FileRowValues[];
  /** JSON Footer, carried through the form unchanged */
  footer: string;
  /** the revision the edit is based on; "0" for an article with no history yet */
  baseRevision: string;
}

export const FILE_FIELDS = ["name", "size", "platform", "date", "time", "version"] as const;

export const EMPTY_FILE_ROW: FileRowValues = { name: "", size: "", platform: "", date: "", time: "", version: "" };
