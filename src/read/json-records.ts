// Article records in .json (one object or an array) and .jsonl (one object per line), validated so a
// bad record is reported with its position while the others are still read.
import { z } from "zod";
import { findDate } from "./dates.js";

/** "a number", "a list", "an object" … for messages about a value of the wrong type. */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  return typeof value === "number" || typeof value === "boolean" ? `a ${typeof value}` : typeof value;
}

/** A string field whose type error names the field and what came instead (a missing one is `missing`). */
function text(field: string, missing?: string) {
  return z.string({
    error: (iss) =>
      iss.input === undefined
        ? (missing ?? `missing "${field}"`)
        : `"${field}" must be a string (got ${kindOf(iss.input)})`,
  });
}

const optionalText = (field: string) => text(field).trim().min(1).optional();

export const ArticleRecord = z.object({
  id: z
    .union([z.string().trim().min(1), z.number().int().transform(String)], {
      error: (iss) => `"id" must be a string or a whole number (got ${kindOf(iss.input)})`,
    })
    .optional(),
  url: optionalText("url"),
  title: optionalText("title"),
  published: text("published")
    .trim()
    .refine((s) => findDate(s) !== undefined, {
      message: "not a date (expected e.g. 2024-06-19 or June 19, 2024)",
    })
    .transform((s) => findDate(s) as string)
    .optional(),
  source: optionalText("source"),
  text: text("text", 'missing "text" (the article body)').refine((s) => s.trim() !== "", {
    message: "empty text",
  }),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

export type RecordResult = { ok: true; record: ArticleRecord } | { ok: false; error: string };

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const path = i.path.join(".");
      // Type errors name their field already: `"text" must be a string (got a number)`.
      return path && !i.message.startsWith(`"${path}"`) ? `${path}: ${i.message}` : i.message;
    })
    .join("; ");
}

export function validateRecord(value: unknown): RecordResult {
  const parsed = ArticleRecord.safeParse(value);
  return parsed.success
    ? { ok: true, record: parsed.data }
    : { ok: false, error: describeIssues(parsed.error) };
}
