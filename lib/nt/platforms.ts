// Processor platforms: the releases Microsoft shipped for each, and the words the KB and users
// write for them. The one place platform words are read.
import { PLATFORMS, type Platform } from "../kb/types";
import type { ReleaseId } from "./releases";

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

export function findPlatform(id: string): PlatformInfo | undefined {
  return PLATFORM_INFO.find((p) => p.id === id);
}

/** "alpha" → "Alpha"; anything else as given. */
export function platformLabel(id: string): string {
  return findPlatform(id)?.label ?? id;
}

/** What articles, footers, file tables and `set` output call each platform. */
const WORDS: Record<Platform, string> = {
  x86: "x86|x386|i[3-6]86|intel",
  alpha: "alpha|axp",
  mips: "mips|r4000",
  ppc: "ppc|powerpc|power pc",
};

const EXACT = PLATFORMS.map((id) => ({ id, pattern: new RegExp(`^(?:${WORDS[id]})(?:-based)?$`, "i") }));

/** Any platform word as a whole word, for patterns that look for one inside longer text. */
export const PLATFORM_WORD = new RegExp(`\\b(?:${Object.values(WORDS).join("|")})\\b`, "i");

/** "ALPHA", "AXP", "PowerPC", "i386", "Intel", "x86-based" → platform id; null when not a platform word. */
export function parsePlatform(word: string): Platform | null {
  const w = word.trim();
  return EXACT.find((p) => p.pattern.test(w))?.id ?? null;
}

/** The first platform named in a text ("Alpha:", "I386 - 128-bit", "(Intel)"); null when none is. */
export function platformIn(text: string): Platform | null {
  const m = PLATFORM_WORD.exec(text);
  return m ? parsePlatform(m[0]) : null;
}
