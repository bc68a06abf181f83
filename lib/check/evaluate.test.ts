import { describe, expect, it } from "vitest";
import { parseSystem } from "../nt/parse-system";
import type { System } from "../nt/system";
import { evaluate } from "./evaluate";
import type { ArticleFacts } from "./facts";
import { installedState, parseInstalledFile } from "./installed-file";
import { Q101861, Q130876, Q147363, Q153376, Q154985, Q238171, Q244509, Q244717 } from "./test-fixtures";

const on = (text: string): System => {
  const result = parseSystem(text);
  if (!result.ok) throw new Error(result.message);
  return result.system;
};

describe("Q244717 (seed): Terminal Server Edition hotfix for SP4 and SP5", () => {
  it("gives an Alpha TSE SP5 system the hotfix with only the Alpha Rassrv.exe", () => {
    const result = evaluate(Q244717, on("4.0 SP5 Terminal Server Edition Alpha"));
    expect(result).toMatchObject({ status: "hotfix", fixedIn: null, supersededBy: null });
    expect(result!.files).toEqual([expect.objectContaining({ name: "Rassrv.exe", size: 123664, platform: "alpha" })]);
  });

  it("does not concern standard 4.0 (it names only Terminal Server Edition)", () => {
    expect(evaluate(Q244717, on("4.0 SP5 Server Alpha"))).toBeNull();
  });

  it("without a fix service pack, concerns the listed SPs and later ones, not earlier ones", () => {
    expect(evaluate(Q244717, on("4.0 SP6 Terminal Server Edition x86"))?.status).toBe("hotfix");
    expect(evaluate(Q244717, on("4.0 Terminal Server Edition x86"))).toBeNull();
  });

  it("lists every file when the platform is not known", () => {
    expect(evaluate(Q244717, on("4.0 SP4 Terminal Server Edition"))?.files).toHaveLength(2);
  });

  it("tells whether the user's Rassrv.exe is already the fixed one", () => {
    const tse = on("4.0 SP5 Terminal Server Edition Alpha");
    expect(evaluate(Q244717, tse)?.status).toBe("hotfix");
    const installed = (text: string) => installedState(parseInstalledFile(text)!, Q244717.files, tse.platform);
    expect(installed("Rassrv.exe 10/29/99 123,664 bytes")).toBe("current");
    expect(installed("Rassrv.exe 05/04/99 120,000 bytes")).toBe("older");
    expect(installed("Rassrv.exe 123,664 bytes")).toBe("unknown");
  });
});

describe("Q154985: first corrected in Windows NT 4.0 Service Pack 4", () => {
  it("tells an SP3 system to upgrade to SP4", () => {
    expect(evaluate(Q154985, on("4.0 SP3"))).toMatchObject({
      status: "upgrade",
      fixedIn: { release: "4.0", servicePack: "SP4", source: "statement" },
    });
  });
  it("is fixed on SP5", () => {
    expect(evaluate(Q154985, on("4.0 SP5"))).toMatchObject({ status: "fixed", fixedIn: { servicePack: "SP4" } });
  });
  it("the named SP4 wins over 'the latest service pack'", () => {
    expect(evaluate(Q154985, on("4.0 SP4"))?.status).toBe("fixed");
  });
  it("concerns Enterprise Edition (Server with extras) but not Workstation", () => {
    expect(evaluate(Q154985, on("Windows NT Server, Enterprise Edition 4.0 SP1"))?.status).toBe("upgrade");
    expect(evaluate(Q154985, on("4.0 SP1 Workstation"))).toBeNull();
  });
});

describe("Q130876: Windows NT 3.51 only", () => {
  it("does not concern 4.0", () => {
    expect(evaluate(Q130876, on("4.0 SP5"))).toBeNull();
  });
  it("resolves 'the latest 3.51 service pack' by the article's date (SP5 in 2001)", () => {
    expect(evaluate(Q130876, on("3.51 SP3"))).toMatchObject({
      status: "upgrade",
      fixedIn: { servicePack: "SP5", source: "latest-by-date" },
    });
    expect(evaluate(Q130876, on("3.51 SP5"))?.status).toBe("fixed");
  });
  it("without a usable date, tells everyone below the newest SP to upgrade to it", () => {
    const undated: ArticleFacts = { ...Q130876, lastModified: null };
    expect(evaluate(undated, on("3.51 SP4"))).toMatchObject({
      status: "upgrade",
      fixedIn: { servicePack: "SP5", source: "latest-unresolved" },
    });
  });
});

describe("Q147363: Hardware footer names only Alpha", () => {
  it("does not concern x86", () => {
    expect(evaluate(Q147363, on("4.0 SP3 x86"))).toBeNull();
  });
  it("concerns Alpha and systems whose platform is not known", () => {
    expect(evaluate(Q147363, on("4.0 SP3 Alpha"))?.status).toBe("upgrade");
    expect(evaluate(Q147363, on("4.0 SP3"))?.status).toBe("upgrade");
  });
  it("'latest' as of 2001-08-08 is SP6a, never the security rollup", () => {
    expect(evaluate(Q147363, on("4.0 SP6 Alpha"))?.fixedIn?.servicePack).toBe("SP6a");
    expect(evaluate(Q147363, on("4.0 SRP Alpha"))?.status).toBe("fixed");
  });
});

describe("Q238171: standard 4.0 and Terminal Server Edition, fixed in SP6 of each", () => {
  it("points a TSE system at the TSE service pack", () => {
    expect(evaluate(Q238171, on("4.0 SP5 Terminal Server Edition"))).toMatchObject({
      status: "upgrade",
      fixedIn: { servicePack: "SP6", label: "Terminal Server Edition Service Pack 6" },
    });
  });
  it("is fixed on SP6a of the standard line", () => {
    expect(evaluate(Q238171, on("4.0 SP6a Workstation"))?.status).toBe("fixed");
  });
});

describe("articles without a fix service pack", () => {
  it("Q153376 (seed): no fix known, on every SP of 3.51 and 4.0", () => {
    expect(evaluate(Q153376, on("3.51 SP5"))?.status).toBe("no-fix");
    expect(evaluate(Q153376, on("4.0"))?.status).toBe("no-fix");
    expect(evaluate(Q153376, on("Windows 2000 SP1"))).toBeNull();
  });
  it("Q244509: a hotfix for the whole 4.0 line, Terminal Server Edition included", () => {
    expect(evaluate(Q244509, on("4.0 SP3 x86"))?.files.map((f) => f.name)).toEqual(["Ntkrnlmp.exe", "Ntoskrnl.exe"]);
    expect(evaluate(Q244509, on("4.0 SP4 Terminal Server Edition"))?.status).toBe("hotfix");
    expect(evaluate(Q244509, on("4.0 SP4"), { supersededBy: "Q268835" })?.supersededBy).toBe("Q268835");
  });
  it("Q101861: empty PROD/VER, read from the applies-to box; 3.1's Server is Advanced Server", () => {
    expect(evaluate(Q101861, on("3.1 Advanced Server SP3"))?.status).toBe("no-fix");
    expect(evaluate(Q101861, on("Windows 2000"))).toBeNull();
  });
  it("an article naming no Windows NT version is not listed", () => {
    const productLevel: ArticleFacts = { ...Q153376, versions: [], appliesTo: ["Microsoft Windows 95"] };
    expect(evaluate(productLevel, on("4.0 SP6a"))).toBeNull();
  });
});
