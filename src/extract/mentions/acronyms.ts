// Acronyms tied to the names they stand for, in brackets or by initials.
import type { Analysed } from "../nlp.js";
import { Mention } from "./mention.js";
import { ORG_LEAD, ORG_TAIL, TITLE_WORDS } from "../lexicon.js";

/**
 * The mention an acronym at token i stands for: the name right before "(ACRONYM)", remembered for the
 * rest of the article, or the one remembered. Only organisations and places take acronyms here.
 */
export function acronymOf(
  doc: Analysed,
  mentions: Mention[],
  acronyms: Map<string, number>,
  i: number,
): number | undefined {
  const t = doc.texts[i];
  const known = acronyms.get(t);
  if (known !== undefined) return known;
  const k = mentions.length - 1;
  const prev = mentions[k];
  const right =
    doc.texts[i - 1] === "(" &&
    doc.texts[i + 1] === ")" &&
    prev?.kind === "name" &&
    (prev.possessive ? prev.tokEnd + 1 : prev.tokEnd) === i - 1 &&
    (prev.type === "Organization" || prev.type === "Place");
  // "the Libyan National Army … the LNA": the initials of a name the article gave, when not in brackets.
  const found = right ? k : byInitials(mentions, t);
  if (found !== undefined) acronyms.set(t, found);
  return found;
}

const INITIALS_SKIP = new Set(["of", "the", "and", "for", "on", "&", "-", "'s", "’s", "'", "’"]);

/** The organisation mention (latest first) whose words' initials spell the acronym `t`. */
function byInitials(mentions: Mention[], t: string): number | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.kind !== "name" || m.type !== "Organization") continue;
    let initials = "";
    for (const w of m.surface.split(/[\s-]+/)) if (w && !INITIALS_SKIP.has(w.toLowerCase())) initials += w[0];
    if (initials.length >= 2 && initials.toUpperCase() === t) return k;
  }
  return undefined;
}

/** A capital first, two capitals at least, up to ten letters, hyphens or "&": "RSF", "CARICOM", "IS-K". */
export function acronymLike(t: string): boolean {
  if (t.length < 2 || t.length > 10 || !/^\p{Lu}[\p{L}\d&-]+$/u.test(t)) return false;
  let caps = 0;
  for (const c of t) if (c !== c.toLowerCase()) caps++;
  return caps >= 2;
}

/** Words a long form may hold besides capitalised ones ("Ministry of the Interior", "Tehreek-e-Taliban"). */
const LONG_FORM_JOINERS = new Set([
  "of",
  "the",
  "and",
  "for",
  "on",
  "&",
  "de",
  "del",
  "al",
  "el",
  "e",
  "-",
  "'",
  "’",
]);

const isAlnum = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

/**
 * Where the long form of the acronym `short` starts among the tokens [from, to), or undefined: Schwartz
 * and Hearst's algorithm (2003) — every letter of the acronym, from the last, found in order going back
 * through the words, the first one opening a word — over at most min(|A| + 5, 2|A|) words, all of them
 * capitalised name words or joiners. "Caribbean Community (CARICOM)", "Line of Actual Control (LAC)".
 */
export function longFormStart(doc: Analysed, short: string, from: number, to: number): number | undefined {
  const letters = [...short].filter(isAlnum);
  let words = 0;
  let lo = to;
  while (lo > from && words < Math.min(letters.length + 5, letters.length * 2)) {
    lo--;
    if (/^[\p{L}\p{N}]/u.test(doc.texts[lo])) words++;
  }
  // The candidate text, and the token each of its characters belongs to.
  let long = "";
  const tokenAt: number[] = [];
  for (let k = lo; k < to; k++) {
    if (k > lo && doc.ends[k - 1] < doc.starts[k]) {
      long += " ";
      tokenAt.push(k);
    }
    long += doc.texts[k];
    for (let c = 0; c < doc.texts[k].length; c++) tokenAt.push(k);
  }
  const lower = long.toLowerCase();
  let l = lower.length - 1;
  // The tokens a letter of the acronym was found in.
  const lettered = new Set<number>();
  for (let a = letters.length - 1; a >= 0; a--) {
    const c = letters[a].toLowerCase();
    while (l >= 0 && (lower[l] !== c || (a === 0 && l > 0 && isAlnum(lower[l - 1])))) l--;
    if (l < 0) return undefined;
    lettered.add(tokenAt[l]);
    l--;
  }
  const start = tokenAt[lower.lastIndexOf(" ", l + 1) + 1];
  if (start === undefined || start >= to - 0 || !/^\p{Lu}/u.test(doc.texts[start])) return undefined;
  const longWords: number[] = [];
  for (let k = start; k < to; k++) {
    const t = doc.texts[k];
    if (LONG_FORM_JOINERS.has(t.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(t) && !/^\d/.test(t)) return undefined;
    longWords.push(k);
  }
  // In "Governor Dana Feroz (GO)" every letter comes from "Governor", in "Prime Minister Dana Feroz (PT)"
  // from the title: a party's initials spell out no words of a person's name. A long form of several words
  // takes letters from more than one, and from one of its last two ("… Agency for Palestine Refugees").
  const tail = longWords.slice(-2);
  if (longWords.length > 1 && (lettered.size === 1 || !tail.some((k) => lettered.has(k)))) return undefined;
  return titledName(doc, longWords) ? undefined : start;
}

/**
 * "Governor Dana Feroz (GO)": title words, then name words with no organisation word among them — a
 * person and the initials of a party, wherever the letters came from ("General Assembly" has one).
 */
function titledName(doc: Analysed, words: number[]): boolean {
  let k = 0;
  while (k < words.length && TITLE_WORDS.has(doc.lowers[words[k]])) k++;
  if (k === 0 || k === words.length) return false;
  for (; k < words.length; k++) {
    const w = doc.lowers[words[k]];
    if (ORG_TAIL.has(w) || ORG_LEAD.has(w)) return false;
  }
  return true;
}
