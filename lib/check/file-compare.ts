// Ordering of hotfix files: by date, then by version. Dates are read by lib/kb/dates.ts.

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
