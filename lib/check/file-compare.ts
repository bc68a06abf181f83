// Ordering of hotfix files: by date, then by version.

/** "4.0.1381.133" vs "4.0.1381.33478", numerically; null when either is missing. */
export function compareFileVersions(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  if ([...pa, ...pb].some(Number.isNaN)) return null;
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** ISO dates compare as strings; null when either is missing. */
export function compareDates(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "10/29/99", "10/28/1999", "1999-10-29" → "1999-10-29" (two-digit years: 80-99 → 19xx). */
export function toIsoDate(text: string): string | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/.exec(text);
  if (!m) return null;
  const year = m[3].length === 4 ? +m[3] : +m[3] >= 80 ? 1900 + +m[3] : 2000 + +m[3];
  return iso(year, +m[1], +m[2]);
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
