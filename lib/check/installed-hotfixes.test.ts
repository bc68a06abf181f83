import { expect, test } from "vitest";
import { parseInstalledHotfixes } from "./installed-hotfixes";

test.each([
  ["Q244717", ["Q244717"]],
  ["q244717, KB238171 and Q147222", ["Q244717", "Q238171", "Q147222"]],
  ["Q244717i.exe", ["Q244717"]],
  ["Q244717_W2K_SP2_x86_en.exe", ["Q244717"]],
  ["C:\\temp\\Q238171a.exe /q", ["Q238171"]],
])("reads %j", (text, ids) => expect(parseInstalledHotfixes(text)).toEqual(ids));

test("hotfix /l output", () => {
  const text = `Installed hotfixes:\n  Q147222  Inst  ok\n  Q154087  Inst  ok\n  Q161372  Inst  ok\n`;
  expect(parseInstalledHotfixes(text)).toEqual(["Q147222", "Q154087", "Q161372"]);
});

test("qfecheck output", () => {
  const text = [
    "Windows NT 4.0 Hotfix Validation Report for \\\\SERVER1",
    "Report Date: 1/5/2001 10:23am",
    "Current Service Pack Level: Service Pack 6",
    "Hotfixes Identified:",
    "Q241041: Current on system.",
    "Q244599: This hotfix should be reinstalled.",
  ].join("\r\n");
  expect(parseInstalledHotfixes(text)).toEqual(["Q241041", "Q244599"]);
});

test("the Hotfix registry key, as reg query lists it", () => {
  const text = [
    "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Hotfix",
    "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Hotfix\\Q244717",
    "    Installed    REG_DWORD    0x1",
    "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Hotfix\\Q238171]",
    '"Installed"=dword:00000001',
  ].join("\n");
  expect(parseInstalledHotfixes(text)).toEqual(["Q244717", "Q238171"]);
});

test("nothing that only looks like a number: words, longer numbers, sizes", () => {
  expect(parseInstalledHotfixes("SQ123456 Q12345678 123,664 bytes 4.0.1381.133")).toEqual([]);
});
