// Event dates as the text gives them, resolved against the article's publication date:
// "on Monday", "last month", "last year", "June 19", "in 2023", "July 11, 2024". Dates that do not
// exist ("February 31, 2024") give no date (src/dates.ts).
import { calendarDate, isCalendarDate, monthNumber } from "../dates.js";

const MONTH =
  "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?";
// Compiled once: eventDate runs for every sentence that carries a relation.
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`,
  "i",
);
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})`, "i");
const IN_MONTH_YEAR = new RegExp(`\\b(?:in|since|during|by)\\s+${MONTH}\\s+(\\d{4})\\b`, "i");
// What every relative form below contains (weekdays, yesterday and today end in "day").
const RELATIVE_WORD = /day|month|year/i;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const pad = (n: number): string => String(n).padStart(2, "0");
// The patterns only capture month names, so the number is always found.
const monthIndex = (w: string): number => (monthNumber(w) ?? 0) - 1;

/** The article's publication date (YYYY-MM-DD) as a UTC date; undefined when it is not a calendar date. */
function parseDate(published?: string): Date | undefined {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published) || !isCalendarDate(published)) return undefined;
  const d = new Date(`${published}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The event date a sentence gives, as YYYY, YYYY-MM or YYYY-MM-DD; undefined when it gives none. */
export function eventDate(sentence: string, published?: string): string | undefined {
  const s = sentence;
  // Every form below but the relative ones needs a digit, and every relative one a "day", "month"
  // or "year": two quick tests spare most sentences a dozen case-insensitive patterns.
  const digits = /\d/.test(s);
  if (!digits && !RELATIVE_WORD.test(s)) return undefined;
  const pub = parseDate(published);
  let m = digits ? MONTH_DAY_YEAR.exec(s) : null;
  if (m) return calendarDate(Number(m[3]), monthIndex(m[1]) + 1, Number(m[2]));
  m = digits ? DAY_MONTH_YEAR.exec(s) : null;
  if (m) return calendarDate(Number(m[3]), monthIndex(m[2]) + 1, Number(m[1]));
  m = digits ? /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s) : null;
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = digits ? MONTH_DAY.exec(s) : null;
  if (m && pub) {
    // A day without a year: the latest such day not after publication.
    const mi = monthIndex(m[1]);
    let y = pub.getUTCFullYear();
    if (Date.UTC(y, mi, Number(m[2])) > pub.getTime()) y--;
    return calendarDate(y, mi + 1, Number(m[2]));
  }
  // A named day ("on Monday", "yesterday") outranks a month or year in the same sentence: those tell of
  // the background ("arrived on Monday, her first visit since taking office in 2022").
  const day = pub && RELATIVE_WORD.test(s) ? namedDay(s, pub, published!) : undefined;
  if (day) return day;
  m = digits ? IN_MONTH_YEAR.exec(s) : null;
  if (m) return `${m[2]}-${pad(monthIndex(m[1]) + 1)}`;
  m = digits ? /\b(?:in|during|of)\s+((?:19|20)\d{2})\b/i.exec(s) : null;
  if (m) return m[1];
  if (!pub || !RELATIVE_WORD.test(s)) return undefined;
  const y = pub.getUTCFullYear();
  const mo = pub.getUTCMonth();
  if (/\blast month\b/i.test(s)) return mo === 0 ? `${y - 1}-12` : `${y}-${pad(mo)}`;
  if (/\bthis month\b/i.test(s)) return `${y}-${pad(mo + 1)}`;
  if (/\blast year\b/i.test(s)) return String(y - 1);
  if (/\bthis year\b/i.test(s)) return String(y);
  return undefined;
}

/** "on Monday", "last Tuesday", "yesterday", "today", resolved against the publication date `pub`. */
function namedDay(s: string, pub: Date, published: string): string | undefined {
  const m = /\b(?:on|last|this past)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i.exec(s);
  if (m) {
    // The most recent such weekday on or before publication: news style (AP) names the weekday even for the
    // day of publication, so "on Wednesday" in a Wednesday article is that same day.
    const want = WEEKDAYS.indexOf(m[1].toLowerCase());
    const back = (pub.getUTCDay() - want + 7) % 7;
    return isoDay(new Date(pub.getTime() - back * 86_400_000));
  }
  if (/\byesterday\b/i.test(s)) return isoDay(new Date(pub.getTime() - 86_400_000));
  if (/\btoday\b/i.test(s)) return published;
  return undefined;
}

const isoDay = (d: Date): string =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
