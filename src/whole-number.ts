// Whole numbers typed by people (CLI flags, query strings), read strictly: `0x10`, `1e1` or ` 3` are not
// whole numbers even though Number() reads them. Kept apart from strict-values.ts (its zod schemas) so a
// command-line flag does not load zod.

/** A whole number written in decimal digits only, within the safe integer range; else undefined. */
export function parseWholeNumber(s: string): number | undefined {
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : undefined;
}
