import { expect, test } from "vitest";
import { fixedInLabel, summarizeFix } from "./fix";

const said = (release: string | null, servicePack: string | null, kind = "statement" as const) => ({
  kind,
  release,
  edition: null,
  servicePack,
});

test("a service pack fix wins over a hotfix", () => {
  const evidence = [said("4.0", "SP5")];
  expect(summarizeFix({ evidence, files: [{}], hotfixAvailable: true })).toEqual({
    kind: "service-pack",
    packs: [{ release: "4.0", edition: null, servicePack: "SP5" }],
  });
  expect(summarizeFix({ evidence: [], files: [{}], hotfixAvailable: false }).kind).toBe("hotfix");
  expect(summarizeFix({ evidence: [], files: [], hotfixAvailable: true }).kind).toBe("hotfix");
  expect(summarizeFix({ evidence: [], files: [], hotfixAvailable: false }).kind).toBe("none");
});

test("per line the earliest named pack of any kind is shown; a keyword naming no pack is a hotfix", () => {
  const evidence = [said("4.0", "SP6"), { ...said("4.0", "SP5"), kind: "fix-list" as const }];
  expect(summarizeFix({ evidence, files: [], hotfixAvailable: false })).toEqual({
    kind: "service-pack",
    packs: [{ release: "4.0", edition: null, servicePack: "SP5" }],
  });
  const preSp7 = { ...said("4.0", null), kind: "keyword" as const };
  expect(summarizeFix({ evidence: [preSp7], files: [], hotfixAvailable: false }).kind).toBe("hotfix");
});

test("'the latest service pack' is dropped beside a named pack of the same release", () => {
  const sp6 = said("4.0", "SP6");
  const packs = (evidence: ReturnType<typeof said>[]) => {
    const s = summarizeFix({ evidence, files: [], hotfixAvailable: false });
    return s.kind === "service-pack" ? s.packs.map((p) => `${p.release} ${p.servicePack}`) : s.kind;
  };
  expect(packs([said("4.0", "latest"), sp6])).toEqual(["4.0 SP6"]);
  expect(packs([said(null, "latest"), sp6])).toEqual(["4.0 SP6"]);
  expect(packs([said("3.51", "latest"), sp6])).toEqual(["4.0 SP6", "3.51 latest"]);
  expect(packs([said("4.0", "latest")])).toEqual(["4.0 latest"]);
});

test.each([
  [{ release: "4.0", servicePack: "SP5" }, "Windows NT 4.0 Service Pack 5"],
  [{ release: "4.0", servicePack: "SP6a" }, "Windows NT 4.0 Service Pack 6a"],
  [{ release: "4.0", servicePack: "SP4", edition: "terminal-server" }, "Terminal Server Edition Service Pack 4"],
  [{ release: "2000", servicePack: "SP1" }, "Windows 2000 Service Pack 1"],
  [{ release: null, servicePack: "latest" }, "the latest service pack"],
  [{ release: "3.51", servicePack: "latest" }, "the latest Windows NT 3.51 service pack"],
])("fixedInLabel(%j)", (f, label) => expect(fixedInLabel(f)).toBe(label));
