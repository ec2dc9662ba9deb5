// Dates and numbers typed by people (API query strings, CLI flags, query parameters) are read
// strictly, so a typo is an error instead of a silently different value (issue 12): `2024-13-45` is
// not a date, and `0x10`, `1e1` or ` 3` are not whole numbers even though Number() reads them.
// zod/mini: these schemas also run in the viewer (its URL state), where classic zod would add 20 kB gzipped.
import * as z from "zod/mini";
import { isCalendarDate } from "./dates.js";
import { parseWholeNumber } from "./whole-number.js";

export const DATE_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD";

export function dateProblem(s: string): string {
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(s)
    ? `"${s}" is not a calendar date`
    : `expected a date ${DATE_FORMS}, got "${s}"`;
}

/** A zod string that must be a calendar date; `label` prefixes the message (e.g. "--from: "). */
export function strictDate(label = "") {
  return z
    .string()
    .check(z.refine(isCalendarDate, { error: (iss) => `${label}${dateProblem(String(iss.input))}` }));
}

/** A zod value (query strings arrive as text) that must be a whole number written in digits. */
export function wholeNumber(label = "") {
  return z.pipe(
    z.union([z.string(), z.number()]),
    z.transform((v, ctx) => {
      const n =
        typeof v === "number" ? (Number.isSafeInteger(v) && v >= 0 ? v : undefined) : parseWholeNumber(v);
      if (n === undefined) {
        ctx.issues.push({
          code: "custom",
          message: `${label}expected a whole number, got "${String(v)}"`,
          input: v,
        });
        return z.NEVER;
      }
      return n;
    }),
  );
}
