// Dates and numbers typed by people (API query strings, CLI flags, query parameters) are read
// strictly, so a typo is an error instead of a silently different value (issue 12): `2024-13-45` is
// not a date, and `0x10`, `1e1` or ` 3` are not whole numbers even though Number() reads them.
import { z } from "zod";
import { isCalendarDate } from "./dates.js";

export const DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD";

/** A whole number written in decimal digits only, within the safe integer range; else undefined. */
export function parseWholeNumber(s: string): number | undefined {
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : undefined;
}

export function dateProblem(s: string): string {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)
    ? `"${s}" is not a calendar date`
    : `expected a date ${DATE_FORMS}, got "${s}"`;
}

/** A zod string that must be a calendar date; `label` prefixes the message (e.g. "--from: "). */
export function strictDate(label = "") {
  return z.string().refine(isCalendarDate, { error: (iss) => `${label}${dateProblem(String(iss.input))}` });
}

/** A zod value (query strings arrive as text) that must be a whole number written in digits. */
export function wholeNumber(label = "") {
  return z.union([z.string(), z.number()]).transform((v, ctx) => {
    const n =
      typeof v === "number" ? (Number.isSafeInteger(v) && v >= 0 ? v : undefined) : parseWholeNumber(v);
    if (n === undefined) {
      ctx.addIssue({ code: "custom", message: `${label}expected a whole number, got "${String(v)}"` });
      return z.NEVER;
    }
    return n;
  });
}
