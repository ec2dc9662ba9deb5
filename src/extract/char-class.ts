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

/** Bits of initialClass: what startsUpper, startsLower and startsLetter would answer. */
export const INITIAL_UPPER = 1;
export const INITIAL_LOWER = 2;
export const INITIAL_LETTER = 4;

/**
 * The three first-letter tests in one number, worked out once per token: the rules then test a bit
 * of a small-integer array instead of reading the token's string again and again.
 */
export function initialClass(s: string): number {
  const c = s.charCodeAt(0);
  if (c < 128) {
    if (c >= 65 && c <= 90) return INITIAL_UPPER | INITIAL_LETTER;
    if (c >= 97 && c <= 122) return INITIAL_LOWER | INITIAL_LETTER;
    return 0;
  }
  return (
    (UPPER.test(s) ? INITIAL_UPPER : 0) |
    (LOWER.test(s) ? INITIAL_LOWER : 0) |
    (LETTER.test(s) ? INITIAL_LETTER : 0)
  );
}

/** White space as JavaScript's \s and String.prototype.trim see it (ASCII and Unicode spaces, line ends). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Is the string empty or all white space (`s.trim() === ""`, without a new string)? */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}
