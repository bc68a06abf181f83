// Fix keywords: the KB tagged fixed articles with the service pack that carries the fix
// (kbWinNT400sp4fix, kbWinNT4sp6fix, TSESP4Fix, kbWin2000sp3fix), or with a hotfix made before
// a pack (kbWinNT400PreSP7Fix: after SP6a, and no pack ever had it; kbWin2000PreSP2Fix sits beside
// kbWin2000sp3fix on articles fixed in SP3, so "pre" names no pack) or outside every pack
// (kbWinNT400nospFix, kbWin2000FixNoSP).
import { findServicePack } from "../nt/service-packs";
import { splitKeywords } from "./keywords";
import type { FixEvidence } from "./types";

// kb + optional "os" + line + (pre)sp<n>[a] | nosp + fix (+ a trailing "nosp": kbWin2000fixnosp)
const FIX_KEYWORD =
  /^(?:kb)?(?:os)?(winnt400|winnt4|nt4|win2000|tse400|tse4|tse)(pre)?(?:sp(\d{1,2}a?))?(nosp)?fix(nosp)?$/;

/** Evidence from the header and footer keywords, one item per fix keyword. */
export function fixKeywordEvidence(keywords: readonly string[]): FixEvidence[] {
  const out: FixEvidence[] = [];
  for (const keyword of splitKeywords(keywords)) {
    const m = FIX_KEYWORD.exec(keyword.toLowerCase());
    if (!m) continue;
    const [, product, pre, number, nosp, nospAfter] = m;
    if (!number && !nosp && !nospAfter) continue; // kbWin2000fix, kboswin2000fix: no pack named
    const release = product === "win2000" ? "2000" : "4.0";
    const edition = product.startsWith("tse") ? "terminal-server" : null;
    const named = number ? `SP${number}` : null;
    // A pack the line never had ("sp7") is a typo unless "pre": PreSP7 is after SP6a.
    if (named && !findServicePack(release, named, edition) && !pre) continue;
    out.push({
      kind: "keyword",
      release,
      edition,
      servicePack: pre || nosp || nospAfter ? null : named,
      quote: keyword,
      section: null,
      target: null,
    });
  }
  return out;
}
