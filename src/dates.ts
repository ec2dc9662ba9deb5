// The one reading of calendar dates: every date geokg takes in — publication dates on pages, event dates
// in sentences, dates typed into the CLI, the API and query parameters — is checked here, so "February 31,
// 2024" or "2024-13-45" is rejected everywhere instead of being read as some other day.

const MONTHS = [
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

/** 1–12 for a month name or its abbreviation ("Sept.", "jun"); undefined for any other word. */
export function monthNumber(word: string): number | undefined {
  const prefix = word.toLowerCase().replace(/\.$/, "").slice(0, 3);
  const i = MONTHS.findIndex((m) => m.startsWith(prefix));
  return prefix.length === 3 && i >= 0 ? i + 1 : undefined;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * YYYY, YYYY-MM or YYYY-MM-DD for a year, month (1–12) and day that exist together; undefined for month
 * 13, 31 June, 29 February of a common year and the like (never rolled over into the next month).
 */
export function calendarDate(year: number, month?: number, day?: number): string | undefined {
  if (!Number.isInteger(year) || year < 0 || year > 9999) return undefined;
  const y = String(year).padStart(4, "0");
  if (month === undefined) return y;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (day === undefined) return `${y}-${pad(month)}`;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!Number.isInteger(day) || day < 1 || date.getUTCMonth() !== month - 1) return undefined;
  return `${y}-${pad(month)}-${pad(day)}`;
}

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date (no month 13, no 30 February). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  return calendarDate(Number(m[1]), month, day) !== undefined;
}
