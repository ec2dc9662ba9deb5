// Publication dates as news pages print them, normalised to YYYY-MM-DD. Shared by the text and HTML
// readers so that "Thursday, July 11, 2024", "11 July 2024" and "2024-07-11T08:00Z" agree.
import { calendarDate, monthNumber } from "../dates.js";

const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY = "(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?";
const TIME =
  "(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?:[A-Z]{2,4}|UTC[+-]?\\d*|GMT[+-]?\\d*))?)?";
/** Words pages put before a date line: "Published:", "Updated on", "Posted". */
const PREFIX =
  "(?:(?:published|updated|posted|last updated|first published|date)(?:\\s+on)?\\s*[:\\-–]?\\s*)?";

const ISO = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;
const MDY = new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, "i");
const DMY = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})`, "i");

// Page dates outside this range are ids, prices or typos rather than publication dates.
function iso(y: number, m: number | undefined, d: number): string | undefined {
  return y < 1900 || y > 2100 || m === undefined ? undefined : calendarDate(y, m, d);
}

/** The first date found anywhere in `s`, as YYYY-MM-DD. */
export function findDate(s: string): string | undefined {
  const i = ISO.exec(s);
  if (i) return iso(Number(i[1]), Number(i[2]), Number(i[3]));
  const a = MDY.exec(s);
  if (a) return iso(Number(a[3]), monthNumber(a[1]), Number(a[2]));
  const b = DMY.exec(s);
  if (b) return iso(Number(b[3]), monthNumber(b[2]), Number(b[1]));
  return undefined;
}

const DATE_ONLY = new RegExp(
  `^${PREFIX}(?:${WEEKDAY}\\s*)?(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?:[T ][\\d:.]+Z?(?:[+-]\\d{2}:?\\d{2})?)?|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4})${TIME}\\.?$`,
  "i",
);

/** A line that is nothing but a (dateline-style) date: page furniture whose value is metadata. */
export function dateLine(line: string): string | undefined {
  return DATE_ONLY.test(line.trim()) ? findDate(line) : undefined;
}
