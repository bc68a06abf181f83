// Read a system from what a user can copy off their machine: `ver`/winver output, registry
// values, or a short "4.0 SP5" / "1381 sp6a" / "NT4 SP6a" / "Windows 2000 SP2".
import { findEdition } from "./editions";
import { editionFromName, releaseFromVersion } from "./names";
import { parsePlatform, PLATFORM_WORD } from "./platforms";
import type { ReleaseId } from "./releases";
import { normalizeServicePackId } from "./service-packs";
import { validateSystem, type SystemField, type SystemInput, type SystemResult } from "./system";

export function parseSystem(input: string | SystemInput): SystemResult {
  if (typeof input !== "string") return validateSystem(input);
  const found = readText(input);
  if ("field" in found) return { ok: false, field: found.field, message: found.message };
  if (Object.values(found).every((v) => v === undefined)) {
    return {
      ok: false,
      field: "input",
      message:
        'No Windows NT version, build or service pack found; paste the output of "ver" or winver, or type e.g. "4.0 SP6a".',
    };
  }
  return validateSystem(found);
}

type Found = SystemInput | { field: SystemField; message: string };

/** Collects each field once; a second, different value for a field is a contradiction. */
class Fields {
  readonly values: SystemInput = {};
  /** Edition words are kept apart: "Server, Enterprise Edition" names two and means one. */
  readonly editionWords: string[] = [];
  conflict: { field: SystemField; message: string } | null = null;

  set(field: keyof SystemInput, value: string): void {
    const previous = this.values[field];
    if (previous === undefined || previous === null) this.values[field] = value;
    else if (String(previous).toLowerCase() !== value.toLowerCase() && !this.conflict) {
      this.conflict = {
        field,
        message: `The text gives two different values for ${field}: "${previous}" and "${value}".`,
      };
    }
  }
}

// Each rule reads one field from a recognisable phrase and blanks it out of the text, so the
// looser rules at the end do not read the same digits again.
const RULES: { pattern: RegExp; read: (m: RegExpExecArray, f: Fields) => void }[] = [
  // "Microsoft Windows 2000 [Version 5.00.2195]", "Microsoft Windows NT [Version 4.0.1381]"
  {
    pattern: /\[Version\s+(\d+\.\d+)\.(\d+)\]/gi,
    read: (m, f) => {
      setRelease(m[1], f);
      f.set("build", m[2]);
    },
  },
  // winver: "Version 4.0 (Build 1381: Service Pack 6)"
  {
    pattern: /Version\s+(\d+\.\d+)\s*\(Build\s+(\d+)(?::\s*([^)]+))?\)/gi,
    read: (m, f) => {
      setRelease(m[1], f);
      f.set("build", m[2]);
      if (m[3]) setServicePack(m[3], f);
    },
  },
  // Registry, from regedit or reg.exe: CurrentBuildNumber REG_SZ 1381 / "CurrentBuildNumber"="1381"
  { pattern: /"?CurrentBuild(?:Number)?"?\s*(?:REG_SZ\s+|=\s*")(\d+)"?/gi, read: (m, f) => f.set("build", m[1]) },
  { pattern: /"?CurrentVersion"?\s*(?:REG_SZ\s+|=\s*")([\d.]+)"?/gi, read: (m, f) => setRelease(m[1], f) },
  { pattern: /"?CSDVersion"?\s*(?:REG_SZ\s+|=\s*")([^"\r\n]+)"?/gi, read: (m, f) => setServicePack(m[1], f) },
  { pattern: /"?PROCESSOR_ARCHITECTURE"?\s*(?:REG_SZ\s+|=\s*"?)(\w+)"?/gi, read: (m, f) => setPlatform(m[1], f) },
  // The cmd banner alone: "(C) Copyright 1985-1996 Microsoft Corp." is Windows NT 4.0's.
  { pattern: /\(C\)\s*Copyright\s+1985-(\d{4})[^\n]*/gi, read: (m, f) => bannerRelease(m[1], f) },
  { pattern: /\b(?:Build|Build\s+number)\s*:?\s*(\d+)/gi, read: (m, f) => f.set("build", m[1]) },
  {
    pattern: /\b(?:Service\s*Pack|SP)\s*(\d+[a-z]?)\b|\b(SRP|Security\s+Rollup(?:\s+Package)?)\b/gi,
    read: (m, f) => setServicePack(m[1] ?? "SRP", f),
  },
  { pattern: /\b(?:Windows\s*2000|Win\s*2000|Win2k|W2K)\b/gi, read: (_m, f) => f.set("release", "2000") },
  { pattern: /\bNT\s*(\d(?:\.\d{1,2})?)\b/gi, read: (m, f) => setRelease(m[1], f) },
  {
    pattern:
      /\b(Terminal\s+Server(?:\s+Edition)?|TSE|Enterprise(?:\s+Edition)?|Small\s+Business\s+Server|SBS|Datacenter(?:\s+Server)?|Advanced\s+Server|Embedded|Workstation|Professional|Server)\b/gi,
    read: (m, f) => f.editionWords.push(m[1].replace(/\s+/g, " ")),
  },
  { pattern: new RegExp(`(${PLATFORM_WORD.source})`, "gi"), read: (m, f) => setPlatform(m[1], f) },
  // Plain numbers last: "3.51", "4.00", "1381", "2000".
  { pattern: /(?<![\d.])(\d\.\d{1,2})(?![\d.])/g, read: (m, f) => setRelease(m[1], f) },
  {
    pattern: /(?<![\d.,/])(\d{3,5})(?![\d.,/])/g,
    read: (m, f) => (m[1] === "2000" ? f.set("release", "2000") : f.set("build", m[1])),
  },
];

function readText(text: string): Found {
  const fields = new Fields();
  let rest = text;
  for (const rule of RULES) {
    rest = rest.replace(rule.pattern, (...args) => {
      rule.read(args as unknown as RegExpExecArray, fields);
      return " ";
    });
  }
  if (fields.conflict) return fields.conflict;
  const editions = readEditions(fields.editionWords, toRelease(fields.values.release));
  if (editions.length > 1) {
    return { field: "edition", message: `The text names more than one edition: ${editions.join(", ")}.` };
  }
  return { ...fields.values, edition: editions[0] };
}

/** Edition ids named, read against the release; "Server" yields to the Server variant named with it. */
function readEditions(words: string[], release: ReleaseId | null): string[] {
  const ids = [...new Set(words.map((w) => editionFromName(w, release) ?? w))];
  return ids.some(isServerVariant) ? ids.filter((id) => id !== "server") : ids;
}

function isServerVariant(id: string): boolean {
  return id === "terminal-server" || (findEdition(id)?.inherits.includes("server") ?? false);
}

function toRelease(value: string | null | undefined): ReleaseId | null {
  return value ? releaseFromVersion(value) : null;
}

function setRelease(version: string, f: Fields): void {
  f.set("release", releaseFromVersion(version) ?? version);
}

function setServicePack(text: string, f: Fields): void {
  const trimmed = text.trim();
  f.set("servicePack", normalizeServicePackId(trimmed) ?? trimmed);
}

function setPlatform(word: string, f: Fields): void {
  f.set("platform", parsePlatform(word) ?? word);
}

function bannerRelease(year: string, f: Fields): void {
  if (year === "1996") f.set("release", "4.0");
  else if (year === "1999" || year === "2000") f.set("release", "2000");
}
