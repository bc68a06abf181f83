// Every fix list of the corpus, read as it is laid out: part 1/2/3, pack headings, category
// headings, wrapped titles, "Qnnn - title" entries, and TSE lists that include others by reference.
import { describe, expect, test } from "vitest";
import { corpusArticle, FIX_LISTS } from "../check/test-fixtures";
import { sectionsToMarkdown } from "./content";
import { fixListEvidence, isFixList } from "./fix-list";

const entries = (id: string) => {
  const a = corpusArticle(id);
  return fixListEvidence(a.title, a.sections);
};
const byPack = (id: string) => {
  const counts: Record<string, number> = {};
  for (const e of entries(id)) {
    const key = `${e.release}${e.edition ? " TSE" : ""} ${e.servicePack}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

describe("service pack fix lists", () => {
  test("the SP1, 2 and 3 list: each entry takes the pack of its heading", () => {
    expect(byPack("Q224792")).toEqual({ "4.0 SP1": 9, "4.0 SP2": 140, "4.0 SP3": 181 });
  });

  test("SP4 parts 1, 2 and 3 are the standard 4.0 line, which TSE shares", () => {
    expect(byPack("Q150734")).toEqual({ "4.0 SP4": 258 });
    expect(byPack("Q194834")).toEqual({ "4.0 SP4": 247 });
    expect(byPack("Q224793")).toEqual({ "4.0 SP4": 212 });
  });

  test("SP5 parts 1 and 2", () => {
    expect(byPack("Q225037")).toEqual({ "4.0 SP5": 114 });
    expect(byPack("Q244974")).toEqual({ "4.0 SP5": 130 });
  });

  test("SP6/6a: category headings keep the title's SP6; the 6a differences are SP6a", () => {
    expect(byPack("Q241211")).toEqual({ "4.0 SP6": 134, "4.0 SP6a": 1 });
    const q238171 = entries("Q244690").find((e) => e.target === "Q238171");
    expect(q238171).toEqual({
      kind: "fix-list",
      release: "4.0",
      edition: null,
      servicePack: "SP6",
      quote: "Q238171 RAS Port Becomes Unavailable in Windows NT 4.0",
      section: "Networking",
      target: "Q238171",
    });
    expect(entries("Q241211").find((e) => e.target === "Q246009")?.servicePack).toBe("SP6a");
  });

  test("a title wrapped onto a second line is quoted whole", () => {
    expect(entries("Q241211").find((e) => e.target === "Q215367")?.quote).toBe(
      "Q215367 Win32 API Function GetEffectiveRightsFromAcl() Returns Incorrect Access Mask Value",
    );
  });

  test("Terminal Server Edition lists are TSE's own line; the 4.0 lists they include are not entries", () => {
    expect(byPack("Q222970")).toEqual({ "4.0 TSE SP4": 42 });
    expect(byPack("Q240331")).toEqual({ "4.0 TSE SP5": 57 });
    expect(byPack("Q258970")).toEqual({ "4.0 TSE SP6": 51 });
    expect(entries("Q222970").find((e) => e.target === "Q221346")?.quote).toBe(
      "Q221346 Stop 0x0000007f Exception Handling Problem in Termdd.sys",
    );
    const included = FIX_LISTS.flatMap(entries).filter((e) => FIX_LISTS.includes(e.target!));
    expect(included).toEqual([]);
  });

  test("the summary's see-also entries (how to obtain the pack) are not fixes", () => {
    expect(FIX_LISTS.flatMap(entries).some((e) => e.target === "Q152734")).toBe(false);
  });

  test("lists of no Windows pack give nothing", () => {
    expect(entries("Q133323")).toEqual([]); // List of Fixed Bugs in Windows NT Version 3.51: no pack
    expect(isFixList("XGEN: List of Bugs Fixed in Exchange Server 5.5 Service Pack 3")).toBe(false);
    expect(isFixList("List of Bugs Fixed in SNA Server 4.0 Service Pack 4")).toBe(false);
    expect(isFixList("List of Confirmed Bugs in Windows NT Version 3.51")).toBe(false);
  });
});

test("an admin's save of a fix list (its body as one markdown section) lists the same articles", () => {
  for (const id of FIX_LISTS) {
    const a = corpusArticle(id);
    const edited = [{ heading: "", body: sectionsToMarkdown(a.sections) }];
    expect(fixListEvidence(a.title, edited)).toEqual(fixListEvidence(a.title, a.sections));
  }
});
