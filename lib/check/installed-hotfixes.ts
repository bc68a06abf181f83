// The hotfixes a user already has, from whatever they paste: article numbers (Q244717,
// KB244717), package names (Q244717i.exe, Q244717_W2K_SP2_x86_en.exe), `hotfix /l` or
// qfecheck output, or a registry listing of HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Hotfix.

/** The /check form sends it in the address, which servers cap at a few kilobytes. */
export const MAX_HOTFIX_TEXT = 8_000;
export const MAX_HOTFIXES = 500;

// Not inside a word ("SQ123456") nor a longer number; a letter may follow (Q244717i.exe).
const ID = /(?<![A-Za-z0-9])(?:Q|KB)(\d{5,7})(?!\d)/gi;

/** Article ids in order of first mention, each once: ["Q244717", "Q238171"]. */
export function parseInstalledHotfixes(text: string): string[] {
  const ids = new Set<string>();
  for (const m of text.matchAll(ID)) ids.add(`Q${Number(m[1])}`);
  return [...ids];
}
