// Fix keywords of real corpus articles, header and footer together.
import { describe, expect, test } from "vitest";
import { corpusArticle } from "../check/test-fixtures";
import { fixKeywordEvidence } from "./fix-keywords";
import { splitKeywords } from "./keywords";

const packs = (id: string) => {
  const a = corpusArticle(id);
  return fixKeywordEvidence([...a.keywords, ...a.footer.keywords]).map(
    (e) => `${e.release}${e.edition ? " TSE" : ""} ${e.servicePack ?? "none"} (${e.quote})`,
  );
};

describe("fix keywords", () => {
  test.each([
    ["Q194919", ["4.0 SP4 (kbWinNT400sp4fix)"]],
    ["Q219377", ["4.0 SP5 (kbWinNT400sp5fix)"]],
    ["Q228734", ["4.0 SP6a (kbWinNT400sp6afix)"]],
    ["Q256142", ["4.0 SP6 (kbWinNT4sp6fix)", "4.0 none (kbWinNT400PreSP7Fix)"]],
    ["Q318420", ["4.0 none (kbWinNT400nospFix)"]],
    ["Q194812", ["4.0 TSE SP4 (TSESP4Fix)"]],
    ["Q279336", ["4.0 none (kbWinNT400PreSP7Fix)", "4.0 TSE none (kbTSE400preSP7fix)"]],
    ["Q280323", ["2000 none (kbWin2000FixNoSP)"]],
    // PreSP2 beside sp3fix on an article "first corrected in Windows 2000 Service Pack 3".
    ["Q271625", ["4.0 none (kbWinNT400PreSP7Fix)", "2000 none (kbWin2000PreSP2Fix)", "2000 SP3 (kbWin2000sp3fix)"]],
  ])("%s", (id, expected) => expect(packs(id)).toEqual(expected));

  test("glued keywords are split before they are read", () => {
    expect(corpusArticle("Q219027").keywords).toEqual(["kbWinNT400sp5fixkbfixlist"]);
    expect(packs("Q219027")).toEqual(["4.0 SP5 (kbWinNT400sp5fix)"]);
    expect(packs("Q277776")).toEqual(["4.0 none (kbWinNT400PreSP7Fix)"]);
    expect(splitKeywords(corpusArticle("Q244717").keywords)).toEqual(["kbenv", "kbnetwork", "kbui", "kbfixlist"]);
  });

  test("other products' fix keywords and fix keywords naming no pack are not evidence", () => {
    expect(fixKeywordEvidence(["kbexchange500presp3fix", "kbie550sp2fix", "kbWin2000fix", "kbfix", "kbnofix"])).toEqual(
      [],
    );
  });
});
