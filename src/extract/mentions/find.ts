// Mentions: spans of text that name (or point to) an actor. Gazetteer forms first, then capitalised
// runs typed by their context (titles, honorifics, organisation and place words), then pronouns.
import { type Gazetteer } from "../gazetteer/index.js";
import type { Analysed } from "../nlp.js";
import type { TaggedNames } from "../tagged-names.js";
import {
  ADJ_SUFFIX,
  SPONSOR_SUFFIX,
  NAME_OPENERS,
  NAME_PARTICLES,
  NOT_NAME,
  ORG_TAIL,
  PRONOUNS_PERSON,
  ROLE_HEADS,
  TITLE_WORDS,
} from "../lexicon.js";
import { INITIAL_LOWER, INITIAL_UPPER, isSpaceCode, startsLower } from "../char-class.js";
import { acronymOf } from "./acronyms.js";
import { classify, governmentOf, isParliament } from "./classify.js";
import { SPEAKER_VERBS, adjectiveLike, knownPersonWords, outletContext, placeContext } from "./context.js";
import { entryParts, gazetteerWithin, mayStart, statePrefix, windowEnd } from "./gazetteer-scan.js";
import {
  Mention,
  adjacent,
  isCap,
  isLow,
  isPossessiveAt,
  isWord,
  mention,
  text,
  tokenMention,
} from "./mention.js";
import { roleReference } from "./role-reference.js";
import { afterLastRoleHead, capRun, innerName, particleOpens } from "./runs.js";
import { appositionAfter, attachTitles, titleBefore } from "./titles.js";

// Initials and longest length of the person pronouns: a test on two numbers spares hashing the
// lowercase form of every token, most of which are not pronouns and are never looked up again.
const PRONOUN_INITIALS = new Set([...PRONOUNS_PERSON].map((p) => p.charCodeAt(0)));
const PRONOUN_MAX = Math.max(...[...PRONOUNS_PERSON].map((p) => p.length));
const mayBePronoun = (lower: string): boolean =>
  lower.length <= PRONOUN_MAX && PRONOUN_INITIALS.has(lower.charCodeAt(0));

// Every person pronoun starts with a lowercase letter, so a token starting with anything else is
// never one (checked here rather than assumed, should the list change).
const PRONOUNS_START_LOWER = [...PRONOUNS_PERSON].every((p) => startsLower(p));

/**
 * Does no rule of findMentions take the token at i? True for most tokens — lowercase words that are
 * not a pronoun, "the" or a name part the article has used, and punctuation and numbers — on the
 * very tests those rules would fail on, asked once and in the cheapest order.
 */
function passOver(
  doc: Analysed,
  i: number,
  t: string,
  lower: string,
  knownParts: ReadonlySet<string>,
): boolean {
  const cls = doc.initials[i];
  if ((cls & (INITIAL_UPPER | INITIAL_LOWER)) === 0) return PRONOUNS_START_LOWER;
  if ((cls & INITIAL_LOWER) === 0) return false;
  if (mayBePronoun(lower) || lower === "the") return false;
  // A careless lowercase demonym or name needs four letters and a capital after it or a known part.
  return t.length <= 3 || (!isCap(doc, i + 1) && !knownParts.has(lower));
}

/** Mentions in document order. `seenPeople` lets lowercase names ("lavrov") count once the person is known. */
export function findMentions(doc: Analysed, gaz: Gazetteer, tagged?: TaggedNames): Mention[] {
  const { sentences, texts, lowers, tags } = doc;
  let capTexts: string[] | undefined;
  // Built only if the article has a careless lowercase name or demonym to look up.
  const caps = (): string[] =>
    (capTexts ??= texts.map((t) => (startsLower(t) ? t[0].toUpperCase() + t.slice(1) : t)));
  const mentions: Mention[] = [];
  const knownParts = new Set<string>();
  const partsOf = new Set<string>();
  // Acronym → the mention it was spelled out by ("Rapid Support Forces (RSF)").
  const acronyms = new Map<string, number>();

  for (const s of sentences) {
    if (s.dateline) continue;
    let i = s.tokStart;
    while (i < s.tokEnd) {
      const t = texts[i];
      const lower = lowers[i];
      if (passOver(doc, i, t, lower, knownParts)) {
        i++;
        continue;
      }
      if (mayBePronoun(lower) && PRONOUNS_PERSON.has(lower) && !s.headline) {
        mentions.push(tokenMention(s.index, i, t, "pronoun", false, "Person"));
        i++;
        continue;
      }
      if (lower === "the" && !s.headline) {
        const ref = roleReference(doc, gaz, i, s.tokEnd);
        if (ref) {
          mentions.push(
            mention({
              sentence: s.index,
              tokStart: i,
              tokEnd: ref.end,
              spanStart: i,
              surface: text(doc, i, ref.end),
              kind: "pronoun",
              type: "Person",
              possessive: isPossessiveAt(doc, ref.end),
              roleRef: { state: ref.state, role: ref.role },
            }),
          );
          i = ref.end;
          continue;
        }
      }
      let hit =
        isCap(doc, i) && mayStart(gaz, t, lower)
          ? gaz.matchAt(texts, i, windowEnd(doc, i, s.tokEnd))
          : undefined;
      if (
        !hit &&
        isLow(doc, i) &&
        t.length > 3 &&
        (isCap(doc, i + 1) || knownParts.has(lower)) &&
        mayStart(gaz, t, lower)
      ) {
        // Careless lowercase ("russian Foreign Minister", "lavrov said"): only demonyms before a
        // capitalised title, or people the article has already named.
        const h = gaz.matchAt(caps(), i, windowEnd(doc, i, s.tokEnd));
        if (h && h.length === 1 && ((h.via === "demonym" && isCap(doc, i + 1)) || knownParts.has(lower)))
          hit = h;
      }
      if (!hit && isLow(doc, i) && knownParts.has(lower) && t.length > 3 && tags[i] !== "VERB") {
        mentions.push(tokenMention(s.index, i, t, "name", isPossessiveAt(doc, i + 1)));
        i++;
        continue;
      }
      if (hit) {
        const end = i + hit.length;
        // "Soviet-era", "Russian-made": an adjective, not a mention of the state. "Iran-backed" still
        // names its backer (the support rules read it).
        if (
          texts[end] === "-" &&
          adjacent(doc, end - 1) &&
          ADJ_SUFFIX.has(lowers[end + 1] ?? "") &&
          !SPONSOR_SUFFIX.has(lowers[end + 1])
        ) {
          i = end + 2;
          continue;
        }
        // A gazetteer word that is only the start of a longer unknown name stays out ("Jordan Peterson").
        const longer =
          hit.entry.type !== "Person" &&
          hit.via !== "demonym" &&
          isCap(doc, end) &&
          !NOT_NAME.has(lowers[end]) &&
          adjacent(doc, end - 1) === false &&
          !s.headline
            ? classify(doc, i, capRun(doc, i, s.tokEnd))
            : undefined;
        if (longer === "Organization" || longer === "Place") {
          // fall through to the capitalised run below
        } else {
          const prefix =
            hit.entry.type === "Organization" || hit.entry.type === "Place"
              ? statePrefix(texts, gaz, i, end)
              : 0;
          if (prefix) {
            // "South Korea's Joint Chiefs of Staff": the state is mentioned too.
            const possessive = isPossessiveAt(doc, i + prefix);
            const state = gaz.matchAt(texts, i, i + prefix)!;
            mentions.push(
              mention({
                sentence: s.index,
                tokStart: i,
                tokEnd: i + prefix,
                spanStart: i,
                surface: text(doc, i, i + prefix),
                kind: "name",
                entry: state.entry,
                via: state.via,
                type: "Country",
                possessive,
              }),
            );
          }
          // The entry's own span starts after a state prefix ("South Korea's") when there is one.
          const start = prefix ? i + prefix + (isPossessiveAt(doc, i + prefix) ? 1 : 0) : i;
          if (hit.entry.type === "Person") for (const p of entryParts(hit.entry)) knownParts.add(p);
          mentions.push(
            mention({
              sentence: s.index,
              tokStart: start,
              tokEnd: end,
              spanStart: start,
              surface: text(doc, i, end),
              kind: "name",
              entry: hit.entry,
              via: hit.via,
              type: hit.entry.type,
              possessive: isPossessiveAt(doc, end),
            }),
          );
          i = end;
          continue;
        }
      }
      // "European Central Bank": a region adjective opening an organisation or place name.
      const opener = isCap(doc, i) && NAME_OPENERS.has(lower) && isCap(doc, i + 1) && !s.headline;
      if (opener) {
        const k = classify(doc, i + 1, capRun(doc, i + 1, s.tokEnd));
        if (k !== "Organization" && k !== "Place") {
          i++;
          continue;
        }
      } else if (!isCap(doc, i) || NOT_NAME.has(lower) || s.headline) {
        i++;
        continue;
      }
      let start = i;
      let runEnd = opener ? capRun(doc, i + 1, s.tokEnd) : capRun(doc, i, s.tokEnd);
      // "Defence Council Secretary Harald Vik": an organisation, then a title and a name.
      for (let p = i + 1; p < runEnd - 1; p++) {
        if (ORG_TAIL.has(lowers[p]) && TITLE_WORDS.has(lowers[p + 1]) && ROLE_HEADS.has(lowers[p + 1])) {
          runEnd = p + 1;
          break;
        }
      }
      // "… House of Representatives Aqeela Saleh", "Support Ukraine": a run that runs on into a person the
      // tagger is sure of, or into a state the gazetteer knows, ends where they start.
      const cut = innerName(doc, gaz, tagged, s, i, runEnd);
      if (cut !== undefined) runEnd = cut;
      // Sentence-initial capitals and leading titles are not part of the name.
      while (start < runEnd && start === s.tokStart && tags[start] !== "PROPN") start++;
      // "al-Qaeda", "al-Shabaab": a lowercase particle joined to the name by a hyphen opens it.
      if (start === i && particleOpens(doc, i)) start -= 2;
      // Titles are stripped from people, not from organisations ("National Security Council").
      const wholeFrom = start;
      const whole = classify(doc, start, runEnd);
      if (whole !== "Organization" && whole !== "Place") {
        while (start < runEnd && TITLE_WORDS.has(lowers[start])) start++;
        start = afterLastRoleHead(doc, start, runEnd);
      }
      if (start >= runEnd) {
        i = runEnd > i ? runEnd : i + 1;
        continue;
      }
      if (start > i) {
        // Stripping a title may reveal a gazetteer name ("President Vladimir Putin", "Former Chilean
        // Vice-President …"): read on from the first one.
        const q = gazetteerWithin(doc, gaz, i + 1, start, s.tokEnd);
        if (q !== undefined) {
          i = q;
          continue;
        }
      }
      // A label ("Troop Deployment:") is not a name.
      if (texts[runEnd] === ":") {
        i = runEnd + 1;
        continue;
      }
      // classify is pure: reuse its answer when no title was stripped.
      const kind = start === wholeFrom ? whole : classify(doc, start, runEnd);
      // "the Government of Chile" is the state itself: a mention of it.
      const state = kind === "Organization" ? governmentOf(doc, gaz, start, runEnd) : undefined;
      if (state) {
        const m = mention({
          sentence: s.index,
          tokStart: start,
          tokEnd: runEnd,
          spanStart: start,
          surface: text(doc, start, runEnd),
          kind: "name",
          entry: state.entry,
          via: "alias",
          type: "Country",
          possessive: isPossessiveAt(doc, runEnd),
        });
        mentions.push(m);
        i = runEnd;
        continue;
      }
      let nWords = 0;
      // Particles ("al", "bin", "da") do not make a name longer.
      for (let q = start; q < runEnd; q++) if (isWord(doc, q) && !NAME_PARTICLES.has(texts[q])) nWords++;
      const surface = text(doc, start, runEnd);
      const m = mention({
        sentence: s.index,
        tokStart: start,
        tokEnd: runEnd,
        spanStart: start,
        surface,
        kind: "name",
        possessive: isPossessiveAt(doc, runEnd),
      });
      // "the Government", "the Army": one generic organisation word names no organisation in particular.
      const prevMention = mentions[mentions.length - 1];
      const demonymBefore =
        prevMention !== undefined && prevMention.via === "demonym" && prevMention.tokEnd === start;
      if (
        kind === "event" ||
        (kind === "Organization" && nWords === 1 && !demonymBefore && !isParliament(lowers[start]))
      ) {
        i = runEnd;
        continue;
      }
      if (kind) {
        m.type = kind;
        // "Norwegian Defence Council": a demonym right before an unknown organisation is part of its name.
        const prev = mentions[mentions.length - 1];
        if (kind === "Organization" && prev && prev.via === "demonym" && prev.tokEnd === start)
          m.surface = text(doc, prev.tokStart, runEnd);
      } else {
        const titled = titleBefore(doc, start, s.tokStart) !== undefined;
        const appos = appositionAfter(doc, runEnd, s.tokEnd);
        let allProper = true;
        for (let q = start; q < runEnd && allProper; q++) {
          if (isWord(doc, q) && !NAME_PARTICLES.has(texts[q]))
            allProper = tags[q] === "PROPN" || isCap(doc, q);
        }
        const prevWord = lowers[start - 1] ?? "";
        const acronym = nWords === 1 && /^\p{Lu}{2,6}$/u.test(texts[start]);
        // The tagger types unknown names; a known person's name words stay the person's.
        const learned =
          titled || appos || acronym || knownPersonWords(lowers, start, runEnd, knownParts)
            ? undefined
            : tagged?.typeOf(s, start, runEnd, nWords);
        const sure = learned && learned !== "other" ? tagged?.sure(s, start, runEnd) : false;
        const looksPerson = nWords >= 2 && nWords <= 4 && allProper && !/^\p{Lu}+$/u.test(texts[start]);
        const outlet = knownPersonWords(lowers, start, runEnd, knownParts)
          ? false
          : outletContext(doc, start, runEnd);
        if (titled || appos) m.type = "Person";
        else if (outlet === "noun" || (outlet === "verb" && learned !== "Person")) {
          // "sources told Youm7", "reported Tolo News", "the Addis Standard newspaper": an outlet.
          m.type = "Organization";
          m.weak = true;
        } else if (
          nWords === 1 &&
          !acronym &&
          SPEAKER_VERBS.has(lowers[runEnd] ?? "") &&
          tagged?.over(s, start, runEnd)?.label === "PER"
        ) {
          // "Vučić said", "Okafor met …": one unknown word the tagger reads as a person, doing what people
          // do — a person of its own (resolution keeps a lone weak guess out).
          m.type = "Person";
        } else if (learned === "other" && !acronym) {
          // A nationality, event or product the tagger recognises: no actor.
          i = runEnd;
          continue;
        } else if (nWords >= 2 && nWords <= 4 && allProper && !m.possessive && placeContext(doc, start)) {
          // "fighting in Cabo Delgado", "the port city of Port Sudan": people are not where things happen.
          m.type = "Place";
          m.weak = true;
        } else if (
          learned &&
          learned !== "other" &&
          (sure || !looksPerson) &&
          !adjectiveLike(texts, start, nWords)
        ) {
          // The tagger types what no rule did; over the "two to four proper words" guess only when sure.
          m.type = learned;
          m.weak = true;
        } else if (nWords >= 2 && prevWord === "at" && allProper) {
          // "analysts at Goldman Sachs": people work at organisations, not at people.
          m.type = "Organization";
          m.weak = true;
        } else if (looksPerson) {
          m.type = "Person";
          m.weak = true;
        } else if (acronym) {
          // Unknown acronyms are too often outlets, tickers and page furniture to keep — unless the
          // article spelled them out: "the Rapid Support Forces (RSF)", then "the RSF".
          const expanded = acronymOf(doc, mentions, acronyms, start);
          if (expanded === undefined) {
            i = runEnd;
            continue;
          }
          m.type = mentions[expanded].type;
          m.expands = expanded;
        } else if (
          nWords === 1 &&
          ["in", "near", "outside"].includes(prevWord) &&
          tags[start] === "PROPN" &&
          !/\b(?:shares|stake|stakes|invest\w*)$/.test(lowers[start - 2] ?? "")
        ) {
          m.type = "Place";
          m.weak = true;
        }
      }
      // A name's parts once per article: the same person is named again and again.
      if (m.type === "Person" && !partsOf.has(surface)) {
        partsOf.add(surface);
        addParts(knownParts, surface.toLowerCase(), 3);
      }
      mentions.push(m);
      i = runEnd;
    }
  }
  attachTitles(doc, mentions);
  return mentions;
}

/**
 * Adds the words of `s` — cut at white space and hyphens, as `s.split(/[\s-]+/)` would — that are at
 * least `minLength` long. A character loop: this runs for every person mention.
 */
function addParts(set: Set<string>, s: string, minLength: number): void {
  let from = 0;
  for (let k = 0; k <= s.length; k++) {
    const c = k < s.length ? s.charCodeAt(k) : 32;
    if (c !== 45 && !isSpaceCode(c)) continue;
    if (k - from >= minLength) set.add(s.slice(from, k));
    from = k + 1;
  }
}
