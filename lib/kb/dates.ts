// Date and time normalisation for KB headers and hotfix file tables.

const MONTHS: Record<string, string> = {
  jan: "01", feb: "02", mar: "03", apr: "04", may: "05", jun: "06",
  jul: "07", aug: "08", sep: "09", oct: "10", nov: "11", dec: "12",
};

const pad = (n: number) => String(n).padStart(2, "0");

/** Two-digit years: 80-99 are 19xx, 00-79 are 20xx (the KB spans 1985-2003). */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length >= 4) return n;
  return n >= 80 ? 1900 + n : 2000 + n;
}

function ymd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2099) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const NUMERIC_DATE = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/;
const MONTH_DATE = /^(\d{1,2})-([A-Za-z]{3})[a-z]*-(\d{2}|\d{4})$/;

/** "10/29/99", "10-29-1999" (US order) or "05-Jan-2000" to "YYYY-MM-DD"; null when not a date. */
export function parseTableDate(s: string): string | null {
  let m = NUMERIC_DATE.exec(s);
  if (m) return ymd(fullYear(m[3]), Number(m[1]), Number(m[2]));
  m = MONTH_DATE.exec(s);
  if (m) {
    const mon = MONTHS[m[2].toLowerCase()];
    return mon ? ymd(fullYear(m[3]), Number(mon), Number(m[1])) : null;
  }
  return null;
}

export const isTableDate = (s: string) => parseTableDate(s) !== null;

const TIME = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp])?(?:\.?[Mm]\.?)?$/;

/** "01:15a", "06:20p", "1:15 AM", "18:00", "11:46:23" to 24-hour "HH:MM"; null when not a time. */
export function parseTableTime(s: string): string | null {
  const m = TIME.exec(s.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59) return null;
  const ap = m[3]?.toLowerCase();
  if (ap) {
    if (h < 1 || h > 12) return null;
    if (ap === "a" && h === 12) h = 0;
    else if (ap === "p" && h !== 12) h += 12;
  } else if (h > 23) return null;
  return `${pad(h)}:${pad(min)}`;
}

/** Header date "08-MAY-2002" to "2002-05-08". */
export function parseHeaderDate(s: string): string | null {
  const m = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/.exec(s.trim());
  if (!m) return null;
  const mon = MONTHS[m[2].toLowerCase()];
  return mon ? ymd(Number(m[3]), Number(mon), Number(m[1])) : null;
}

