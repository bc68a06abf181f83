import { describe, expect, test } from "vitest";
import { corpusArticle } from "../check/test-fixtures";
import { articleKind } from "./article-kind";
import { articleEvidence } from "./evidence";

describe("an article's evidence rows", () => {
  test("a fix statement carries its sentence", () => {
    const rows = articleEvidence(corpusArticle("Q194919"));
    expect(rows).toContainEqual(
      expect.objectContaining({
        kind: "statement",
        release: "4.0",
        servicePack: "SP4",
        quote: expect.stringMatching(/^This problem was first corrected in Windows NT 4\.0 Service Pack 4/),
        target: null,
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ kind: "keyword", servicePack: "SP4", quote: "kbWinNT400sp4fix" }),
    );
  });

  test("the seed's hotfix sentence", () => {
    expect(articleEvidence(corpusArticle("Q244717"))).toEqual([
      expect.objectContaining({
        kind: "hotfix",
        servicePack: null,
        quote: expect.stringMatching(/^A supported fix is now available from Microsoft/),
      }),
    ]);
  });

  test("a fix list's rows name the articles it lists, not itself", () => {
    const rows = articleEvidence(corpusArticle("Q244690")).filter((e) => e.kind === "fix-list");
    expect(rows.length).toBe(147);
    expect(rows.every((e) => e.target !== null && e.target !== "Q244690")).toBe(true);
  });
});

describe("problem or related reading", () => {
  const kind = (id: string) => {
    const a = corpusArticle(id);
    return articleKind({
      title: a.title,
      keywords: [...a.keywords, ...a.footer.keywords],
      issueType: a.footer.issueType,
    });
  };
  test.each([
    ["Q244717", "problem"], // no issue type; kbfixlist glued to kbui is not a list
    ["Q194919", "problem"], // kbbug
    ["Q101229", "information"], // "How to Restore Windows NT Over an Existing Installation"
    ["Q97558", "information"], // issue type kbinfo
    ["Q241211", "information"], // a fix list itself
    ["Q224792", "information"],
    ["Q162365", "both"], // "How to Delete Print Jobs That Will Not Print", issue type kbprb
    ["Q140640", "problem"], // "BUG: GP Fault Opening a File ...", keywords kbnetwork kbbuglist
  ])("%s is %s", (id, expected) => expect(kind(id)).toBe(expected));
});
