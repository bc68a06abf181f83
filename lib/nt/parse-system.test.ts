import { describe, expect, it } from "vitest";
import { parseSystem } from "./parse-system";

const system = (input: Parameters<typeof parseSystem>[0]) => {
  const result = parseSystem(input);
  if (!result.ok) throw new Error(`${result.field}: ${result.message}`);
  return result.system;
};
const rejection = (input: Parameters<typeof parseSystem>[0]) => {
  const result = parseSystem(input);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(result.system)}`);
  return result;
};

describe("parseSystem: text copied from a machine", () => {
  it("reads the cmd banner of Windows NT 4.0", () => {
    expect(system("Microsoft(R) Windows NT(TM)\n(C) Copyright 1985-1996 Microsoft Corp.\n\nC:\\>")).toEqual({
      release: "4.0",
      build: 1381,
      servicePack: null,
      edition: null,
      platform: null,
    });
  });

  it("reads ver output with a bracketed version", () => {
    expect(system("Microsoft Windows NT [Version 4.0.1381]")).toMatchObject({ release: "4.0", build: 1381 });
    expect(system("Microsoft Windows 2000 [Version 5.00.2195]")).toMatchObject({ release: "2000", build: 2195 });
  });

  it("reads ver and winver text with build and service pack", () => {
    expect(system("Windows NT Version 4.0 (Build 1381: Service Pack 5)")).toMatchObject({
      release: "4.0",
      servicePack: "SP5",
    });
    expect(system("Version 4.0 (Build 1381: Service Pack 6)")).toMatchObject({
      release: "4.0",
      build: 1381,
      servicePack: "SP6",
    });
    expect(system("Version 3.1 (Build 528: Service Pack 2)")).toMatchObject({
      release: "3.1",
      build: 528,
      servicePack: "SP2",
    });
  });

  it("reads registry values from reg.exe and from a .reg export", () => {
    expect(system("CurrentBuildNumber REG_SZ 1381\nCSDVersion REG_SZ Service Pack 6a")).toMatchObject({
      release: "4.0",
      servicePack: "SP6a",
    });
    expect(system('"CurrentVersion"="4.0"\n"CurrentBuildNumber"="1381"\n"CSDVersion"="Service Pack 3"')).toMatchObject({
      release: "4.0",
      servicePack: "SP3",
    });
    expect(system("PROCESSOR_ARCHITECTURE REG_SZ ALPHA\nCurrentBuildNumber REG_SZ 1057")).toMatchObject({
      release: "3.51",
      platform: "alpha",
    });
  });

  it("reads short forms", () => {
    expect(system("4.0 SP5")).toMatchObject({ release: "4.0", servicePack: "SP5" });
    expect(system("1381 sp6a")).toMatchObject({ release: "4.0", servicePack: "SP6a" });
    expect(system("NT4 SP6a")).toMatchObject({ release: "4.0", servicePack: "SP6a" });
    expect(system("Windows 2000 SP2")).toMatchObject({ release: "2000", build: 2195, servicePack: "SP2" });
    expect(system("3.51")).toMatchObject({ release: "3.51", build: 1057, servicePack: null });
    expect(system("4.0 SRP")).toMatchObject({ servicePack: "SRP" });
  });

  it("reads edition and platform words", () => {
    expect(system("Windows NT Server 4.0, Terminal Server Edition SP5 Alpha")).toMatchObject({
      edition: "terminal-server",
      platform: "alpha",
      servicePack: "SP5",
    });
    expect(system("Windows NT Server, Enterprise Edition 4.0 SP6a")).toMatchObject({ edition: "server-enterprise" });
    expect(system("3.1 Advanced Server SP3")).toMatchObject({ edition: "advanced-server", build: 528 });
    expect(system("Windows 2000 Professional")).toMatchObject({ edition: "workstation" });
    expect(system("Windows 2000 Advanced Server")).toMatchObject({ edition: "server-enterprise" });
    expect(system("3.51 PowerPC")).toMatchObject({ platform: "ppc" });
  });
});

describe("parseSystem: structured input", () => {
  it("fills the build and canonical ids", () => {
    expect(
      system({ release: "4.0", servicePack: "service pack 6", edition: "Terminal Server Edition", platform: "Alpha" }),
    ).toEqual({
      release: "4.0",
      build: 1381,
      servicePack: "SP6",
      edition: "terminal-server",
      platform: "alpha",
    });
  });
  it("takes the release from the build", () => {
    expect(system({ build: 807, servicePack: "SP3" })).toMatchObject({ release: "3.5" });
  });
  it("treats gold/RTM as no service pack", () => {
    expect(system({ release: "4.0", servicePack: "RTM" }).servicePack).toBeNull();
  });
});

describe("parseSystem: rejections name the field", () => {
  it.each([
    ["build 9999", "build", /9999 is not a Windows NT build/],
    ["3.51 SP9", "servicePack", /3\.51 has no SP9; its service packs are SP1, SP2, SP3, SP4, SP5/],
    ["4.0 SP7", "servicePack", /no SP7/],
    ["3.1 PowerPC", "platform", /3\.1 was not shipped for PowerPC/],
    ["Windows 2000 MIPS", "platform", /2000 was not shipped for MIPS/],
    ["Windows 2000 Alpha", "platform", /Alpha/],
    ["3.51 build 1381", "build", /Build 1381 is Windows NT 4.0, not Windows NT 3.51/],
    [
      "4.0 Terminal Server Edition SP3",
      "servicePack",
      /Terminal Server Edition has no SP3; its service packs are SP4, SP5, SP6/,
    ],
    ["3.1 build 528", "servicePack", /means a service pack is installed/],
    ["Workstation Server 4.0", "edition", /more than one edition/],
    ["3.51 Terminal Server", "edition", /does not exist for Windows NT 3.51/],
    ["4.0 SP5 SP6", "servicePack", /two different values/],
    ["hello there", "input", /No Windows NT version/],
  ])("%s → %s", (text, field, message) => {
    const result = rejection(text);
    expect(result.field).toBe(field);
    expect(result.message).toMatch(message);
  });

  it.each([
    [{ release: "6.0" }, "release", /Unknown release "6.0"/],
    [{}, "release", /Give a release/],
    [{ build: "abc" }, "build", /not a Windows NT build/],
    [{ release: "4.0", build: 1057 }, "build", /Build 1057 is Windows NT 3.51/],
    [{ release: "3.1", build: 511, servicePack: "SP2" }, "build", /SP2 reports build 528, not 511/],
    [{ release: "4.0", edition: "Home" }, "edition", /Unknown edition "Home"/],
    [{ release: "4.0", platform: "sparc" }, "platform", /Unknown platform "sparc"/],
    [{ release: "4.0", servicePack: "Update 3" }, "servicePack", /not a service pack name/],
  ])("%j → %s", (input, field, message) => {
    const result = rejection(input);
    expect(result.field).toBe(field);
    expect(result.message).toMatch(message);
  });
});
