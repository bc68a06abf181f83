import type { ArticleFormValues } from "./form-values";

/** The server actions the article form calls, handed to it by its page (app/admin/article-actions.ts). */
export interface ArticleFormActions {
  save: (prev: ArticleFormState, fd: FormData) => Promise<ArticleFormState>;
  preview: (markdown: string) => Promise<string>;
  parseRaw: (text: string) => Promise<{ values: ArticleFormValues } | { error: string }>;
}

/** What the article form's server action returns: the text as submitted, so nothing typed is lost. */
export interface ArticleFormState {
  values: ArticleFormValues;
  /** field name ("title", "files.0.date") → message */
  errors: Record<string, string>;
  /** a message for the whole form (conflict, session ended) */
  message: string | null;
}
