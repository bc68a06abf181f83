// Service packs that contain the fix, from sentences such as "This problem was first corrected
// in Windows NT 4.0 Service Pack 5" or "obtain the latest service pack for Windows NT 4.0".
// Sentences about where the bug is, prerequisites, or future packs are not fixed-in statements.
import { collapse } from "./raw";
import type { FixedIn } from "./types";

// "included" alone is mostly about files shipped in a pack, so only "the fix ... included" counts.
const FIX =
  /\b(?:corrected|fixed|resolved|resolves|corrects|fix\b[^.]{0,60}\bincluded|included the fix|(?:resolve|correct) (?:this|the) (?:problem|issue)|fixes (?:the|this))\b/i;
const NOT_FIX =
  /\bwait\b|\bnext\b[^.]{0,60}service pack|\bconfirmed\b|\brequires?\b|\bprior to\b|\bbefore (?:applying|installing)|\bmust be applied|how to obtain|list of bugs|for information on|\bnot (?:been )?(?:corrected|fixed)|will be (?:corrected|fixed)|\bsubsequent\b/i;
const SP = /\bService\s+Pack\b(?:\s+(\d{1,2}[a-z]?)\b)?|\bSP(\d{1,2}[a-z]?)\b/gi;
const RELEASE = /\b(\d\.\d{1,2})\b|\bWindows (2000|XP)\b/g;
// "latest service pack for Windows NT and Windows NT Advanced Server version 3.1": the release
// may come a few words after "for".
const RELEASE_AFTER = /^\s*(?:for|of)\s[^.;]{0,70}?\b(\d\.\d{1,2}|2000)\b/i;

// Service packs of other products ("the latest service pack for Exchange Server version 5.5").
const PRODUCT =
  /\b(?:Windows|Exchange|SQL Server|Internet Information Server|IIS|Office|Proxy Server|SNA Server|Site Server|Internet Explorer|Systems Management Server|SMS|Visual [A-Z]\w*|Services for UNIX|Commercial Internet System|Data Access Components|MDAC|BackOffice|Outlook|Interix|Metadirectory Services|Small Business Server)\b/g;

function lastProduct(s: string): string | null {
  let p: string | null = null;
  for (const m of s.matchAll(PRODUCT)) p = m[0];
  return p;
}

const isWindows = (product: string | null) =>
  product === null || product === "Windows" || product === "Small Business Server";

/** "4.00" is written for 4.0 in places; "3.51" stays. */
const normRelease = (r: string) => r.replace(/^(\d\.\d)0$/, "$1");

function releaseAfter(s: string): string | null {
  const m = RELEASE_AFTER.exec(s);
  return m ? normRelease(m[1]) : null;
}

function lastRelease(s: string): string | null {
  let r: string | null = null;
  for (const m of s.matchAll(RELEASE)) r = normRelease(m[1] ?? m[2]);
  return r;
}

const MENTION = /service\s+pack|\bSP\d/i;

/**
 * Sentences within the paragraphs that `wanted` accepts: a heading or a blank line also ends a
 * sentence. Fenced blocks are tables and listings (a fix list's titles), not what the article says.
 */
function sentences(text: string, wanted: RegExp = MENTION): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    if (/^\s*```/.test(para) || !wanted.test(para)) continue;
    // "U.S." would end a sentence before "Service Pack".
    const t = collapse(para).replace(/\bU\.S\./g, "US");
    if (t) out.push(...t.split(/(?<=[.!?])\s+(?=[A-Z"(])/));
  }
  return out;
}

/** Each fixing service pack once, with the sentence that first names it. */
export function fixStatements(text: string): { fix: FixedIn; quote: string }[] {
  const out: { fix: FixedIn; quote: string }[] = [];
  if (!MENTION.test(text)) return out;
  for (const s of sentences(text)) {
    if (s.length > 600 || !FIX.test(s) || NOT_FIX.test(s) || !/service pack|\bSP\d/i.test(s)) continue;
    let from = 0;
    const add = (f: FixedIn) => {
      if (!out.some(({ fix }) => fix.release === f.release && fix.servicePack === f.servicePack))
        out.push({ fix: f, quote: s });
    };
    for (const m of s.matchAll(SP)) {
      const num = m[1] ?? m[2];
      const before = s.slice(from, m.index);
      from = m.index + m[0].length;
      if (num) {
        // The product named last before it in the sentence owns the pack; "not SP5" is a denial.
        if (isWindows(lastProduct(s.slice(0, m.index))) && !/\bnot\s+$/i.test(before))
          add({ release: lastRelease(before) ?? releaseAfter(s.slice(from)), servicePack: `SP${num.toLowerCase()}` });
      } else if (/\blatest\b/i.test(before.slice(-60))) {
        const forWhat = /^\s*(?:for|of)\s+(?:the\s+)?(?:Microsoft\s+)?([A-Z][\w ]{0,40})/.exec(s.slice(from));
        if (!isWindows(forWhat ? lastProduct(forWhat[1]) : lastProduct(before.slice(-60)))) continue;
        add({ release: releaseAfter(s.slice(from)) ?? lastRelease(before.slice(-60)), servicePack: "latest" });
      }
    }
  }
  return out;
}

export const extractFixedIn = (text: string): FixedIn[] => fixStatements(text).map((s) => s.fix);

// "hot fix(ing)" is also an HPFS/NTFS disk feature; the update is spelled "hotfix".
const HOTFIX =
  /\bhotfix(?:es)?\b|supported\s+fix\s+is\s+(?:now\s+)?available|(?:contact|call)\s+Microsoft\s+(?:Product\s+Support\s+Services|Technical\s+Support)[^.]{0,80}\bobtain\b[^.]{0,40}\b(?:fix|hotfix|update|patch)|ftp:\/\/ftp\.microsoft\.com\/\S*(?:hotfix|fixes)/i;

/** The article says a fix can be obtained before (or outside) a service pack. */
export const extractHotfixAvailable = (text: string) => /fix|ftp:/i.test(text) && HOTFIX.test(text);

/** The sentence that says a hotfix can be obtained; null when none does. */
export function hotfixSentence(text: string): string | null {
  if (!extractHotfixAvailable(text)) return null;
  return (
    sentences(text, HOTFIX)
      .find((x) => HOTFIX.test(x))
      ?.slice(0, 400) ?? null
  );
}
