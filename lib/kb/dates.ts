// Date and time normalisation for KB headers and hotfix file tables.

const MONTHS: Record<string, string> = {
  jan: "01",
  feb: "02",
  mar: "03",
  apr: "04",
  may: "05",
  jun: "06",
  jul: "07",
  aug: "08",
  sep: "09",
  oct: "10",
  nov: "11",
  dec: "12",
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

const NUMERIC_DATE = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[- ]([A-Za-z]{3,9})\.?[- ](\d{2}|\d{4})$/;
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.?[- ](\d{1,2})(?:,? |-)(\d{2}|\d{4})$/;

const FULL_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** "Jan", "July", "Sept" to 1..12; 0 when not a month name. */
const monthOf = (name: string) => {
  const m = MONTHS[name.slice(0, 3).toLowerCase()];
  return m && FULL_MONTHS[Number(m) - 1].startsWith(name.toLowerCase()) ? Number(m) : 0;
};

/**
 * Table dates to "YYYY-MM-DD": "10/29/99" (US order; `dayFirst` for tables written "29/10/99"), "1999-10-29",
 * "05-Jan-2000", "31 May 2002", "Aug-30-2001", "May 17, 2001". A three-digit year is a
 * truncated four-digit one ("11/03/200"). Null when not a date.
 */
export function parseTableDate(s: string, dayFirst = false): string | null {
  // "2001-05-14", "2001/05/14", "2001.05.14"
  let m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[3]), Number(m[4]));
  // "05.06.2001": dotted dates are written day first (German and other European tables); two
  // digits each, as Windows 98's versions "4.10.1998" are not dates.
  m = /^(\d{2})\.(\d{2})\.((?:19|20)\d{2})$/.exec(s);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  m = NUMERIC_DATE.exec(s);
  if (m) {
    const y = m[3].length === 3 ? Number(`${m[3]}0`) : fullYear(m[3]);
    const [a, b] = [Number(m[1]), Number(m[2])];
    return dayFirst ? ymd(y, b, a) : ymd(y, a, b);
  }
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return ymd(fullYear(m[3]), monthOf(m[2]), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return ymd(fullYear(m[3]), monthOf(m[1]), Number(m[2]));
  return null;
}

/** A numeric date whose first field cannot be a month: the table is written day first. */
export function isDayFirst(s: string): boolean {
  const m = NUMERIC_DATE.exec(s);
  return !!m && Number(m[1]) > 12 && Number(m[2]) <= 12;
}

const TIME = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp])?(?:\.?[Mm]\.?)?$/;

/** "01:15a", "06:20p", "1:15 AM", "18:00", "11:46:23" to 24-hour "HH:MM"; null when not a time. */
export function parseTableTime(s: string): string | null {
  const m = TIME.exec(s.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59) return null;
  const ap = m[3]?.toLowerCase();
  // "16:31p" occurs: a 24-hour time with a stray suffix.
  if (ap && h <= 12) {
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
