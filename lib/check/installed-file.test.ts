import { describe, expect, it } from "vitest";
import { installedState, parseInstalledFile } from "./installed-file";
import { Q244717 } from "./test-fixtures";

describe("parseInstalledFile", () => {
  it("reads name, date and size in the KB table style", () => {
    expect(parseInstalledFile("Rassrv.exe 10/29/99 123,664 bytes")).toEqual({
      name: "Rassrv.exe",
      date: "1999-10-29",
      size: 123664,
      version: null,
    });
  });
  it("reads a version, an ISO date, a four-digit year and a time", () => {
    expect(parseInstalledFile("win32k.sys 4.0.1381.133 1999-10-28")).toEqual({
      name: "win32k.sys",
      date: "1999-10-28",
      size: null,
      version: "4.0.1381.133",
    });
    expect(parseInstalledFile("10/28/1999  07:10p  1,376,896 Ntoskrnl.exe")).toMatchObject({
      date: "1999-10-28",
      size: 1376896,
      name: "Ntoskrnl.exe",
    });
  });
  it("returns null for text with nothing in it", () => {
    expect(parseInstalledFile("hello")).toBeNull();
  });
});

describe("installedState", () => {
  const files = [{ ...Q244717.files[0], version: "4.0.1381.150" }, Q244717.files[1]];
  it("compares versions when both have one", () => {
    expect(installedState({ name: "rassrv.exe", date: null, size: null, version: "4.0.1381.201" }, files, "x86")).toBe(
      "current",
    );
    expect(
      installedState({ name: "RASSRV.EXE", date: "2001-01-01", size: null, version: "4.0.1381.20" }, files, "x86"),
    ).toBe("older");
  });
  it("falls back to the date, and picks the platform by size when it is not known", () => {
    expect(installedState({ name: "Rassrv.exe", date: "1999-11-01", size: 123664, version: null }, files, null)).toBe(
      "current",
    );
  });
  it("says unknown for another file or nothing to compare", () => {
    expect(installedState({ name: "Rasman.exe", date: "1999-11-01", size: null, version: null }, files, "x86")).toBe(
      "unknown",
    );
    expect(installedState({ name: "Rassrv.exe", date: null, size: 69904, version: null }, files, "x86")).toBe(
      "unknown",
    );
  });
});
