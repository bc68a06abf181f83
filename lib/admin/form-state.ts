import type { ArticleFormValues } from "./form-values";

/** What the article form's server action returns: the text as submitted, so nothing typed is lost. */
export interface ArticleFormState {
  values: ArticleFormValues;
  /** field name ("title", "files.0.date") → message */
  errors: Record<string, string>;
  /** a message for the whole form (conflict, session ended) */
  message: string | null;
}
