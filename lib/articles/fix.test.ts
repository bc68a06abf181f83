import { expect, test } from "vitest";
import { fixedInLabel, summarizeFix } from "./fix";

test("a service pack fix wins over a hotfix", () => {
  const fixedIn = [{ release: "4.0", servicePack: "SP5" }];
  expect(summarizeFix({ fixedIn, files: [{}], hotfixAvailable: true })).toEqual({ kind: "service-pack", fixedIn });
  expect(summarizeFix({ fixedIn: [], files: [{}], hotfixAvailable: false }).kind).toBe("hotfix");
  expect(summarizeFix({ fixedIn: [], files: [], hotfixAvailable: true }).kind).toBe("hotfix");
  expect(summarizeFix({ fixedIn: [], files: [], hotfixAvailable: false }).kind).toBe("none");
});

test("'the latest service pack' is dropped beside a named pack of the same release", () => {
  const latest = { release: "4.0", servicePack: "latest" };
  const sp6 = { release: "4.0", servicePack: "SP6" };
  expect(summarizeFix({ fixedIn: [latest, sp6], files: [], hotfixAvailable: false })).toEqual({
    kind: "service-pack",
    fixedIn: [sp6],
  });
  expect(
    summarizeFix({ fixedIn: [{ release: null, servicePack: "latest" }, sp6], files: [], hotfixAvailable: false }),
  ).toEqual({ kind: "service-pack", fixedIn: [sp6] });
  const other = { release: "3.51", servicePack: "latest" };
  expect(summarizeFix({ fixedIn: [other, sp6], files: [], hotfixAvailable: false })).toEqual({
    kind: "service-pack",
    fixedIn: [other, sp6],
  });
  expect(summarizeFix({ fixedIn: [latest], files: [], hotfixAvailable: false })).toEqual({
    kind: "service-pack",
    fixedIn: [latest],
  });
});

test.each([
  [{ release: "4.0", servicePack: "SP5" }, "Windows NT 4.0 Service Pack 5"],
  [{ release: "4.0", servicePack: "SP6a" }, "Windows NT 4.0 Service Pack 6a"],
  [{ release: "2000", servicePack: "SP1" }, "Windows 2000 Service Pack 1"],
  [{ release: null, servicePack: "latest" }, "the latest service pack"],
  [{ release: "3.51", servicePack: "latest" }, "the latest Windows NT 3.51 service pack"],
])("fixedInLabel(%j)", (f, label) => expect(fixedInLabel(f)).toBe(label));
