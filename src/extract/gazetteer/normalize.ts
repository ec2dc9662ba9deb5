// The one normalisation behind every gazetteer lookup, shared with the extractor so a surface form
// in text and a form in the data meet on the same key.

// Letters NFKD does not decompose into a base letter plus a mark.
const FOLD: Record<string, string> = {
  ı: "i",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  đ: "d",
  ł: "l",
  þ: "th",
  ð: "d",
};

/**
 * Normalised key of a name: lower case, no diacritics, apostrophes and quotes dropped (so "Worker’s
 * Party" = "Workers' Party"), hyphens and slashes as spaces ("Kim Jong-un" = "Kim Jong Un"), dots and
 * commas dropped ("U.S." = "US"), a leading "the" and a trailing possessive ("Russia's") removed, and
 * runs of single letters joined ("U. S." = "US").
 */
export function normalizeName(s: string): string {
  // Most names are ASCII letters in single-spaced words ("Vladimir Putin"): every step below but the
  // case, a leading "the" and joined initials leaves them as they are. A fifth of the cost, at every
  // start-up (the gazetteer's ~16,000 forms) and for every name looked up.
  if (PLAIN.test(s)) return plainKey(s.toLowerCase());
  let t = s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  // The same for names whose only difference is diacritics ("Kūhdasht"): half the world places.
  if (PLAIN_LOWER.test(t)) return plainKey(t);
  t = t
    .replace(/[ıøæœßđłþð]/g, (ch) => FOLD[ch] ?? ch)
    .replace(/[’‘`´ʼʻ′]/g, "'")
    .replace(/[‐‑‒–—―−]/g, "-")
    .trim();
  t = t.replace(/\s*' ?s$/, "").replace(/(s)\s*'$/, "$1");
  // An inner "'s" belongs to its word whether or not a tokeniser split it off ("Worker 's Party").
  t = t.replace(/\s*' ?s\b/g, "s").replace(/'/g, "");
  t = t
    .replace(/[-_/]/g, " ")
    .replace(/[.,"“”()[\]]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  t = t.replace(/^the /, "");
  return joinInitials(t);
}

const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const PLAIN_LOWER = /^[a-z]+(?: [a-z]+)*$/;

/** The key of a lower-case plain name: every other step of normalizeName leaves it as it is. */
function plainKey(t: string): string {
  const u = t.startsWith("the ") ? t.slice(4) : t;
  return SINGLE_LETTER.test(u) ? joinInitials(u) : u;
}
/** A one-letter word next to another: only then can joinInitials change a plain name. */
const SINGLE_LETTER = /(?:^| )[a-z] [a-z](?: |$)/;

/** "u s a" → "usa": initials split by the tokeniser or written "U. S." form one word. */
function joinInitials(t: string): string {
  return t.replace(/(?<![\p{L}\p{N}])\p{L}(?: \p{L}(?![\p{L}\p{N}]))+/gu, (m) => m.replace(/ /g, ""));
}

/**
 * Forms written wholly in capitals in the data ("US", "UN", "DPRK", "U.S.") are acronyms: text matches
 * them only when its letters are capitals too, so the pronoun "us" is never the United States.
 */
export function isAcronymForm(form: string): boolean {
  // A lower-case ASCII letter rules it out: most forms, at every start-up, without the Unicode pass.
  if (LOWER_ASCII.test(form)) return false;
  const letters = form.replace(/[^\p{L}]/gu, "");
  return (
    letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters)
  );
}

const LOWER_ASCII = /[a-z]/;

/** Does a surface from text satisfy the case rule of a data form? */
export function caseCompatible(form: string, surface: string): boolean {
  return !isAcronymForm(form) || writtenInCapitals(surface);
}

/** Is a surface written in capitals, as an acronym form asks? */
export function writtenInCapitals(surface: string): boolean {
  // The possessive is not part of the acronym: "DPRK’s" is still written in capitals.
  const letters = surface.replace(/\s*['’]s$/u, "").replace(/[^\p{L}]/gu, "");
  return letters === letters.toUpperCase();
}

/** The slug of a generated entry's id (`place:<slug>`): its normalised name, words joined by hyphens. */
export function idSlug(name: string): string {
  return normalizeName(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
