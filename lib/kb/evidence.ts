// Every fix fact an article holds, as stored evidence rows: its own fix statements (with the
// sentence), its fix keywords, its hotfix sentence, and, for a service pack's fix list, one
// row per article the list names.
import { fixKeywordEvidence } from "./fix-keywords";
import { fixListEvidence } from "./fix-list";
import { fixStatements, hotfixSentence } from "./fixed-in";
import type { Article, FixEvidence } from "./types";

export function articleEvidence(article: Article): FixEvidence[] {
  // The sections' markdown, not the raw text: an admin's edit has only that, and the import
  // must read an article the same way.
  const text = article.sections.map((s) => s.body).join("\n\n");
  const quotes = fixStatements(text);
  const statements = article.fixedIn.map((f): FixEvidence => {
    const said = quotes.find(({ fix }) => fix.release === f.release && fix.servicePack === f.servicePack);
    return {
      kind: "statement",
      release: f.release,
      edition: null,
      servicePack: f.servicePack,
      quote: said?.quote ?? "",
      section: null,
      target: null,
    };
  });
  const hotfix = article.hotfixAvailable ? hotfixSentence(text) : null;
  return [
    ...statements,
    ...fixKeywordEvidence([...article.keywords, ...article.footer.keywords]),
    ...(hotfix !== null
      ? [
          {
            kind: "hotfix",
            release: null,
            edition: null,
            servicePack: null,
            quote: hotfix,
            section: null,
            target: null,
          } as const,
        ]
      : []),
    ...fixListEvidence(article.title, article.sections),
  ];
}
