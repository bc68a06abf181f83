// Processor platforms and the releases Microsoft shipped for each.
import { PLATFORMS, type Platform } from "../kb/types";
import type { ReleaseId } from "./releases";

export { PLATFORMS, type Platform };

export interface PlatformInfo {
  id: Platform;
  label: string;
  releases: readonly ReleaseId[];
}

export const PLATFORM_INFO: readonly PlatformInfo[] = [
  { id: "x86", label: "x86", releases: ["3.1", "3.5", "3.51", "4.0", "2000"] },
  // Windows 2000 shipped for x86 only; Alpha support ended with its release candidates.
  { id: "alpha", label: "Alpha", releases: ["3.1", "3.5", "3.51", "4.0"] },
  { id: "mips", label: "MIPS", releases: ["3.1", "3.5", "3.51", "4.0"] },
  { id: "ppc", label: "PowerPC", releases: ["3.51", "4.0"] },
];

export function isPlatform(id: string): id is Platform {
  return (PLATFORMS as readonly string[]).includes(id);
}

export function findPlatform(id: string): PlatformInfo | undefined {
  return PLATFORM_INFO.find((p) => p.id === id);
}

/** "ALPHA", "AXP", "PowerPC", "i386", "Intel" → platform id; null when not a platform word. */
export function platformFromWord(word: string): Platform | null {
  const w = word.trim().toLowerCase();
  if (/^(x86|i[3-6]86|intel|x86-based)$/.test(w)) return "x86";
  if (/^(alpha|axp|alpha-based)$/.test(w)) return "alpha";
  if (/^(mips|r4000|mips-based)$/.test(w)) return "mips";
  if (/^(ppc|powerpc|power pc|ppc-based)$/.test(w)) return "ppc";
  return null;
}
