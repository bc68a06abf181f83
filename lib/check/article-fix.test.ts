import { describe, expect, test } from "vitest";
import { articleFix } from "./article-fix";
import { corpusFacts, withFixLists } from "./test-fixtures";

describe("the fix panel of an article page, from the same rule as the check", () => {
  test("Q238171: Service Pack 6 on 4.0 and on TSE; its own sentence first, the fix list after", () => {
    const [facts] = withFixLists("Q238171");
    const fix = articleFix(facts);
    expect(fix.packs.map((p) => p.label)).toEqual([
      "Windows NT 4.0 Service Pack 6",
      "Terminal Server Edition Service Pack 6",
    ]);
    expect(fix.evidence[0].source.id).toBe("Q238171");
    expect(fix.evidence.at(-1)).toMatchObject({ kind: "fix-list", source: { id: "Q244690", section: "Networking" } });
  });

  test("Q194812, Terminal Server Edition only: TSE's own pack, and the TSE SP4 and SP5 lists disagree", () => {
    const [facts] = withFixLists("Q194812");
    expect(articleFix(facts).packs).toEqual([
      { label: "Terminal Server Edition Service Pack 4", conflict: true, byDate: false },
    ]);
  });

  test("a kbWinNT400PreSP7Fix hotfix names no pack; 'the latest service pack' alone is read by date", () => {
    const [preSp7, latest, none] = corpusFacts("Q237699", "Q103010", "Q153376");
    expect(articleFix(preSp7)).toMatchObject({ packs: [], hotfix: true });
    expect(articleFix(latest).packs).toEqual([
      { label: "Windows NT 3.1 Service Pack 3", conflict: false, byDate: true },
    ]);
    expect(articleFix(none)).toEqual({ packs: [], hotfix: false, evidence: [] });
  });
});
