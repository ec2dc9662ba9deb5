// First-letter classes of a token, checked once per token on the hot path: an ASCII code-point test
// first, the Unicode property regex only for the rare non-ASCII initial. Same answers as
// /^\p{Ll}/u, /^\p{Lu}/u and /^\p{L}/u.
const LOWER = /^\p{Ll}/u;
const UPPER = /^\p{Lu}/u;
const LETTER = /^\p{L}/u;

export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(s);
}

export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(s);
}

export function startsLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(s);
}
