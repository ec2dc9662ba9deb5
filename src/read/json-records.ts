// Article records in .json (one object or an array) and .jsonl (one object per line), validated so a
// bad record is reported with its position while the others are still read.
import { z } from "zod";
import { findDate } from "./dates.js";

const optionalText = z.string().trim().min(1).optional();

export const ArticleRecord = z.object({
  id: z.union([z.string().trim().min(1), z.number().int().transform(String)]).optional(),
  url: optionalText,
  title: optionalText,
  published: z
    .string()
    .trim()
    .refine((s) => findDate(s) !== undefined, {
      message: "not a date (expected e.g. 2024-06-19 or June 19, 2024)",
    })
    .transform((s) => findDate(s) as string)
    .optional(),
  source: optionalText,
  text: z
    .string({ error: 'missing "text" (the article body)' })
    .refine((s) => s.trim() !== "", { message: "empty text" }),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

export type RecordResult = { ok: true; record: ArticleRecord } | { ok: false; error: string };

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}

export function validateRecord(value: unknown): RecordResult {
  const parsed = ArticleRecord.safeParse(value);
  return parsed.success
    ? { ok: true, record: parsed.data }
    : { ok: false, error: describeIssues(parsed.error) };
}
