import { describe, expect, it } from "vitest";
import { normalizeArticleVersions } from "./article-versions";

const fromVersions = (...versions: string[]) => normalizeArticleVersions({ versions, appliesTo: [] });
const short = (r: ReturnType<typeof normalizeArticleVersions>) =>
  r.targets.map((t) => [t.release, t.servicePack, t.edition].filter(Boolean).join(" "));

describe("normalizeArticleVersions: PROD/VER tokens", () => {
  it.each([
    [
      ["4.0 SP4", "4.0 SP5"],
      ["4.0 SP4", "4.0 SP5"],
    ],
    [["4.00"], ["4.0"]],
    [["4.0"], ["4.0"]],
    [["3.51 (all service packs)"], ["3.51"]],
    [["4.0 SUR"], ["4.0"]],
    [["3.5 3.51"], ["3.5", "3.51"]],
    [["WinNT:3.5,3.51,4.0;Windows:3.1,3.11"], ["3.5", "3.51", "4.0"]],
    [["winnt:4.0 SP4"], ["4.0 SP4"]],
    [["2000"], ["2000"]],
    [["5.0"], ["2000"]],
    [["WINDOWS:2000; winnt:4.0"], ["2000", "4.0"]],
    [["3.51 SP2,SP3"], ["3.51 SP2", "3.51 SP3"]],
    [["3.X,4.00"], ["3.1", "3.5", "3.51", "4.0"]],
    [["winnt:4.00."], ["4.0"]],
  ])("%j → %j", (versions, expected) => {
    expect(short(fromVersions(...versions))).toEqual(expected);
  });

  it("keeps what is not an NT version in unknown", () => {
    expect(fromVersions("winnt:4.0,4.0a,4.5").unknown).toEqual(["4.0a", "4.5"]);
    expect(fromVersions("4.0 SP7").unknown).toEqual(["4.0 SP7"]);
    // Next to Exchange/IE versions, 5.0 is not Windows 2000.
    expect(fromVersions("winnt:4.0,5.0,5.5")).toMatchObject({ unknown: ["5.0", "5.5"] });
    expect(fromVersions("kb3rdparty kbhw").unknown).toEqual(["kb3rdparty", "kbhw"]);
  });

  it("drops other products without counting them as unknown", () => {
    expect(fromVersions("WINDOWS:95,98; WinNT:4.0")).toEqual({
      targets: [{ release: "4.0", servicePack: null, edition: null }],
      unknown: [],
    });
  });
});

describe("normalizeArticleVersions: applies-to lines", () => {
  const lines = (...appliesTo: string[]) => short(normalizeArticleVersions({ versions: [], appliesTo }));

  it("pairs editions with their versions", () => {
    expect(lines("Microsoft Windows NT Server versions 4.0 SP4, 4.0 SP5, Terminal Server Edition")).toEqual([
      "4.0 SP4 terminal-server",
      "4.0 SP5 terminal-server",
    ]);
    expect(lines("Microsoft Windows NT Workstation versions 3.51, 4.0")).toEqual([
      "3.51 workstation",
      "4.0 workstation",
    ]);
    expect(lines("Microsoft Windows NT Server, Enterprise Edition version 4.0")).toEqual(["4.0 server-enterprise"]);
    expect(lines("Microsoft Windows NT Server 4.0, Terminal Server Edition")).toEqual(["4.0 terminal-server"]);
    expect(lines("Microsoft Windows NT Server version 3.1")).toEqual(["3.1 advanced-server"]);
    expect(lines("Microsoft Windows NT Advanced Server")).toEqual(["3.1 advanced-server"]);
    expect(lines("Microsoft Windows 2000 Advanced Server")).toEqual(["2000 server-enterprise"]);
    expect(lines("Microsoft Windows 2000 Professional")).toEqual(["2000 workstation"]);
    expect(lines("Microsoft BackOffice Small Business Server versions 4.0, 4.0a, 4.5")).toEqual([
      "4.0 small-business-server",
    ]);
  });

  it("skips other products and add-ons for Windows NT", () => {
    expect(
      lines(
        "Microsoft Windows 95",
        "Microsoft Routing and Remote Access Service Update for Windows NT Server version 4.0",
        "MSPRESS Microsoft Windows NT Resource Kit, version 3.51",
        "Microsoft Windows NT version 4.0 Option Pack",
        "Microsoft Windows NT Services for UNIX Add-On Pack",
      ),
    ).toEqual([]);
  });

  it("prefers applies-to lines, and lends PROD/VER releases to a line without versions", () => {
    const r = normalizeArticleVersions({
      versions: ["3.51", "4.0"],
      appliesTo: ["Microsoft Windows NT Server", "Microsoft Windows 95"],
    });
    expect(short(r)).toEqual(["3.51 server", "4.0 server"]);
  });

  it("falls back to PROD/VER when no line names Windows NT", () => {
    const r = normalizeArticleVersions({ versions: ["winnt:4.0"], appliesTo: ["Microsoft Cluster Server"] });
    expect(r.targets).toEqual([{ release: "4.0", servicePack: null, edition: null }]);
  });
});

it("Q101229: 'Server versions 3.1, 3.5, 3.51, 4.0' is Advanced Server for 3.1 only, Server for the rest", () => {
  const targets = normalizeArticleVersions({
    versions: ["3.1", "3.5", "3.51", "4.0"],
    appliesTo: [
      "Microsoft Windows NT Server versions 3.1, 3.5, 3.51, 4.0",
      "Microsoft Windows NT Workstation versions 3.1, 3.5, 3.51, 4.0",
      "Microsoft Windows NT Advanced Server, version 3.1",
    ],
  }).targets.filter((t) => t.edition !== "workstation");
  expect(targets.map((t) => `${t.release} ${t.edition}`)).toEqual([
    "3.1 advanced-server",
    "3.5 server",
    "3.51 server",
    "4.0 server",
  ]);
});
