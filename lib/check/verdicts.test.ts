// Hand-checked verdicts: real corpus articles with every fix list of the corpus joined in, each
// expectation read from the article's STATUS text, its keywords and the list that names it.
import { describe, expect, test } from "vitest";
import { TXT_DIR } from "../corpus";
import { findArticleFiles } from "../import/find-files";
import { parseArticleFile } from "../kb/node";
import { parseSystem } from "../nt/parse-system";
import { Catalog } from "./catalog";
import { checkSystem, STATUSES } from "./check-system";
import type { FixStatus } from "./evaluate";
import { corpusArticle, factsOf, FIX_LISTS, withFixLists } from "./test-fixtures";

type Case = [id: string, system: string, status: FixStatus, pack: string | null, decidedBy: string, conflict: boolean];

const CASES: Case[] = [
  // statement + fix list + keyword agree ("first corrected in ... Service Pack 6"; Q244690, Networking)
  ["Q238171", "4.0 SP5 Server x86", "upgrade", "SP6", "statement", false],
  ["Q238171", "4.0 SP6a Server x86", "fixed", "SP6", "statement", false],
  ["Q238171", "4.0 SP4 Terminal Server Edition x86", "upgrade", "SP6", "statement", false],
  ["Q194919", "4.0 SP3 Workstation x86", "upgrade", "SP4", "statement", false],
  ["Q194919", "4.0 SP5 Workstation x86", "fixed", "SP4", "statement", false],
  ["Q219377", "4.0 SP4 Server x86", "upgrade", "SP5", "statement", false],
  ["Q219377", "4.0 SP6a Server x86", "fixed", "SP5", "statement", false],
  ["Q219027", "4.0 SP4 Server x86", "upgrade", "SP5", "statement", false], // glued kbWinNT400sp5fixkbfixlist
  ["Q256142", "4.0 SP5 Terminal Server Edition x86", "upgrade", "SP6", "statement", false], // and TSE SP6 list
  ["Q256142", "4.0 SP6 Terminal Server Edition x86", "fixed", "SP6", "statement", false],
  ["Q192164", "4.0 Terminal Server Edition x86", "upgrade", "SP4", "statement", false], // TSESP4Fix, Q222970
  // hotfixes: the seed; kbWinNT400PreSP7Fix and kbWinNT400nospFix articles on the last pack
  ["Q244717", "4.0 SP5 Terminal Server Edition Alpha", "hotfix", null, "hotfix", false],
  ["Q244717", "4.0 SP6 Terminal Server Edition x86", "hotfix", null, "hotfix", false],
  ["Q237699", "4.0 SP6a Server x86", "hotfix", null, "hotfix", false],
  ["Q238185", "4.0 SP6a Server x86", "hotfix", null, "hotfix", false],
  ["Q240864", "4.0 SP6a Server x86", "hotfix", null, "hotfix", false],
  ["Q318420", "4.0 SP6a Server x86", "hotfix", null, "hotfix", false],
  ["Q321589", "4.0 SP6a Server x86", "hotfix", null, "hotfix", false],
  ["Q271625", "4.0 SP6a Server x86", "hotfix", null, "hotfix", false], // kbWinNT400PreSP7Fix
  // Windows 2000: "first corrected in Windows 2000 Service Pack 3"; kbWin2000PreSP2Fix names no pack
  ["Q271625", "2000 SP1 Server x86", "upgrade", "SP3", "statement", false],
  // only "the latest service pack": a fix list names the pack, the date does not decide
  ["Q78303", "4.0 Server x86", "upgrade", "SP1", "fix-list", false],
  ["Q108261", "4.0 SP1 Server x86", "upgrade", "SP2", "fix-list", false],
  ["Q139506", "4.0 SP2 Server x86", "upgrade", "SP3", "fix-list", false],
  ["Q135707", "4.0 SP3 Server x86", "fixed", "SP3", "fix-list", false],
  // no fix sentence at all: the SP1, 2 and 3 list alone
  ["Q141375", "4.0 SP1 Workstation x86", "upgrade", "SP2", "fix-list", false],
  ["Q154556", "4.0 SP3 Server x86", "fixed", "SP2", "fix-list", false],
  // "the latest service pack" and nothing better: the article's date
  ["Q103010", "3.1 Workstation x86", "upgrade", "SP3", "latest-by-date", false],
  ["Q130876", "3.51 SP3 Server x86", "upgrade", "SP5", "latest-by-date", false],
  // disagreements: the earliest pack wins and the result says so
  ["Q167038", "4.0 SP2 Server x86", "upgrade", "SP3", "fix-list", true], // SP3 list vs "SP4" and the SP4 list
  ["Q167038", "4.0 SP3 Server x86", "fixed", "SP3", "fix-list", true],
  ["Q194812", "4.0 Terminal Server Edition x86", "upgrade", "SP4", "statement", true], // TSE SP4 and SP5 lists
  ["Q194812", "4.0 SP4 Terminal Server Edition x86", "fixed", "SP4", "statement", true],
  ["Q228734", "4.0 SP5 Server x86", "upgrade", "SP6", "statement", true], // "SP6" vs kbWinNT400sp6afix
  ["Q228734", "4.0 SP6 Server x86", "fixed", "SP6", "statement", true],
  ["Q224550", "4.0 SP4 Server x86", "upgrade", "SP5", "statement", true], // SP5 vs the SP6 list
  ["Q218473", "4.0 SP3 Server x86", "upgrade", "SP4", "statement", true], // SP4 vs SP5 (keyword, list)
  ["Q216913", "4.0 SP4 Server x86", "upgrade", "SP5", "statement", true],
  ["Q240414", "4.0 SP5 Workstation x86", "upgrade", "SP6", "fix-list", true], // SP6 list vs "SP6a"
  // reading matter is never a verdict, even when it names packs
  ["Q241211", "4.0 SP5 Server x86", "info", null, "reading", false],
  ["Q97558", "4.0 SP3 Server x86", "info", null, "reading", false],
  // "How to Disable SAP Broadcast", filed as kbprb: a how-to that is a fix keeps its verdict.
  // TSE: the TSE SP4 list against "first corrected in ... Terminal Server Edition Service Pack 6"
  ["Q171307", "4.0 SP4 Terminal Server Edition x86", "fixed", "SP4", "fix-list", true],
  ["Q171307", "4.0 SP4 Server x86", "upgrade", "SP5", "statement", false], // "... 4.0 Service Pack 5", SP5 list
  // no fix known
  ["Q153376", "4.0 SP3 Server x86", "no-fix", null, "none", false],
];

const catalog = new Catalog(withFixLists(...new Set(CASES.map((c) => c[0]))));

describe("hand-checked verdicts", () => {
  test.each(CASES)("%s on %s: %s %s (%s, conflict %s)", (id, system, status, pack, decidedBy, conflict) => {
    const parsed = parseSystem(system);
    if (!parsed.ok) throw new Error(parsed.message);
    const e = checkSystem(catalog, parsed.system).results.find((r) => r.articleId === id);
    expect(e).toBeDefined();
    expect({ status: e!.status, pack: e!.fixedIn?.servicePack ?? null, decidedBy: e!.evidence[0].kind }).toEqual({
      status,
      pack,
      decidedBy,
    });
    expect(e!.conflict).toBe(conflict);
  });
});

describe("what the issue promised", () => {
  const sp5 = parseSystem("4.0 SP5 Server x86");
  if (!sp5.ok) throw new Error(sp5.message);

  test("Q238171 on SP5: upgrade to SP6, with the SP6/6a list among its evidence", () => {
    const e = checkSystem(catalog, sp5.system).results.find((r) => r.articleId === "Q238171")!;
    expect(e.evidence).toContainEqual({
      kind: "fix-list",
      servicePack: "SP6",
      source: {
        id: "Q244690",
        title: "List of Bugs Fixed in Windows NT 4.0 Service Pack 6/6a (Part 2)",
        section: "Networking",
      },
      quote: "Q238171 RAS Port Becomes Unavailable in Windows NT 4.0",
    });
  });

  test("an article tagged only kbWinNT400sp4fix: upgrade to SP4 on SP3, fixed on SP5", () => {
    // Q194919 with its STATUS sentence taken out: the keyword is all that is left.
    const article = corpusArticle("Q194919");
    const stripped = {
      ...article,
      fixedIn: [],
      sections: article.sections.map((s) => ({
        ...s,
        body: s.body.replace(/This problem was first corrected[\s\S]*?Service Pack 4\./, ""),
      })),
    };
    const [facts] = factsOf([stripped]);
    expect(facts.evidence.map((e) => e.kind)).toEqual(["keyword"]);
    const c = new Catalog([facts]);
    const on = (text: string) => {
      const s = parseSystem(text);
      if (!s.ok) throw new Error(s.message);
      return checkSystem(c, s.system).results[0];
    };
    expect(on("4.0 SP3 Workstation x86")).toMatchObject({
      status: "upgrade",
      fixedIn: { servicePack: "SP4", source: "keyword" },
    });
    expect(on("4.0 SP5 Workstation x86")).toMatchObject({ status: "fixed", fixedIn: { servicePack: "SP4" } });
  });

  test("every result has at least one piece of evidence", () => {
    for (const text of ["4.0 SP3 Server x86", "4.0 SP6 Terminal Server Edition Alpha", "2000 SP1", "3.51 SP5"]) {
      const s = parseSystem(text);
      if (!s.ok) throw new Error(s.message);
      for (const e of checkSystem(catalog, s.system).results) expect(e.evidence.length).toBeGreaterThan(0);
    }
  });

  test("the fix lists are read whichever order the articles arrive in", () => {
    const ids = ["Q238171", ...FIX_LISTS];
    const forward = factsOf(ids.map(corpusArticle));
    const backward = factsOf([...ids].reverse().map(corpusArticle));
    const evidenceOf = (facts: typeof forward) => facts.find((f) => f.id === "Q238171")!.evidence;
    expect(new Set(evidenceOf(backward))).toEqual(new Set(evidenceOf(forward)));
  });
});

describe("over the whole corpus", () => {
  const all = () => {
    const articles = findArticleFiles([TXT_DIR])
      .files.map((f) => parseArticleFile(f))
      .flatMap((r) => (r.ok ? [r.article] : []));
    return new Catalog(factsOf(articles));
  };

  test("4.0 SP3 Server x86: no information or how-to article is 'no fix'; every result has evidence", () => {
    const sp3 = parseSystem("4.0 SP3 Server x86");
    if (!sp3.ok) throw new Error(sp3.message);
    const c = all();
    const r = checkSystem(c, sp3.system);
    const reading = r.results.filter(
      (e) => /^(INFO|HOWTO|How to|FAQ)\b/i.test(e.title) || c.byId.get(e.articleId)!.kind !== "problem",
    );
    expect(reading.length).toBeGreaterThan(500);
    expect(reading.filter((e) => e.status === "no-fix").map((e) => e.articleId)).toEqual([]);
    expect(r.counts.info).toBeGreaterThan(500);
    expect(r.results.filter((e) => e.evidence.length === 0)).toEqual([]);
    // The documented order: hotfixes newest fix first, upgrades nearest pack first, fixed latest pack first.
    const of = (status: string) => r.results.filter((e) => e.status === status);
    const sorted = <T>(xs: T[], cmp: (a: T, b: T) => number) => xs.every((x, i) => i === 0 || cmp(xs[i - 1], x) <= 0);
    expect(sorted(of("hotfix"), (a, b) => (b.fixDate ?? "").localeCompare(a.fixDate ?? ""))).toBe(true);
    expect(sorted(of("upgrade"), (a, b) => a.fixedIn!.level - b.fixedIn!.level)).toBe(true);
    expect(sorted(of("fixed"), (a, b) => b.fixedIn!.level - a.fixedIn!.level)).toBe(true);
    expect(r.results.map((e) => e.status)).toEqual(
      [...r.results.map((e) => e.status)].sort((a, b) => STATUSES.indexOf(a) - STATUSES.indexOf(b)),
    );
  });
});
