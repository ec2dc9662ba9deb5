// The scan: each token is passed over, or read as a pronoun or role reference, a gazetteer name, or the
// start of a capitalised run that is then bounded and typed.
import type { Gazetteer, GazetteerEntry, GazetteerMatch } from "../gazetteer/index.js";
import { editDistance, normName } from "../text-similarity.js";
import type { Analysed, Sentence } from "../nlp.js";
import type { ExtractorState } from "../state.js";
import type { TaggedNames } from "../tagged-names.js";
import {
  ADJ_SUFFIX,
  DESCRIPTORS,
  EVENT_HEAD,
  HONORIFICS,
  SPONSOR_SUFFIX,
  NAME_OPENERS,
  NAME_PARTICLES,
  NOT_NAME,
  ORG_LEAD,
  ORG_TAIL,
  PRONOUNS_PERSON,
  ROLE_HEADS,
  SERVICE_WORDS,
  TITLE_WORDS,
} from "../lexicon.js";
import { INITIAL_LOWER, INITIAL_UPPER, isSpaceCode, startsLower } from "../char-class.js";
import { acronymLike, longFormStart } from "./acronyms.js";
import { classify, governmentOf, isParliament } from "./classify.js";
import { outletContext, typeBefore, VESSEL_NOUNS } from "./context.js";
import { entryParts, gazetteerWithin, mayStart, statePrefix, windowEnd } from "./gazetteer-scan.js";
import {
  Mention,
  adjacent,
  isCap,
  isLow,
  isPossessiveAt,
  isWord,
  mention,
  nameMention,
  text,
  tokenMention,
} from "./mention.js";
import { roleReference } from "./role-reference.js";
import { cityAsClub, clubAfterPlace } from "./named-after-place.js";
import { oneWordName, personOpenedByKnownWord, unknownNameWord } from "./place-named-person.js";
import { quotedTitleEnd } from "./quoted-titles.js";
import { typeUnknown } from "./unknown-names.js";
import {
  afterLastRoleHead,
  capRun,
  innerName,
  monthAsName,
  particleOpens,
  withoutTrailingJoiners,
} from "./runs.js";
import { attachTitles } from "./titles.js";

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

/** What one article's scan carries from name to name. */
export interface Scan {
  doc: Analysed;
  /** The extractor's gazetteer and what it has worked out from it. */
  state: ExtractorState;
  gaz: Gazetteer;
  tagged: TaggedNames | undefined;
  mentions: Mention[];
  /** Lowercase words of the people named so far: "lavrov said" once Lavrov is known. */
  knownParts: Set<string>;
  partsOf: Set<string>;
  /** Acronym → the mention it was spelled out by ("Rapid Support Forces (RSF)"). */
  acronyms: Map<string, number>;
}

/** Mentions in document order: names, pronouns and role references, with titles attached. */
export function findMentions(doc: Analysed, state: ExtractorState, tagged?: TaggedNames): Mention[] {
  const scan: Scan = {
    doc,
    state,
    gaz: state.gaz,
    tagged,
    mentions: [],
    knownParts: new Set(),
    partsOf: new Set(),
    acronyms: new Map(),
  };
  for (const s of doc.sentences) if (!s.dateline) scanRange(scan, s, s.tokStart);
  attachTitles(doc, scan.mentions, state);
  return scan.mentions;
}

/** Reads the mentions of sentence `s` from token `from` to its end. */
function scanRange(scan: Scan, s: Sentence, from: number): void {
  const { doc } = scan;
  let i = from;
  while (i < s.tokEnd) {
    if (passOver(doc, i, doc.texts[i], doc.lowers[i], scan.knownParts)) i++;
    else
      i =
        pronounAt(scan, s, i) ??
        knownAcronymInBrackets(scan, s, i) ??
        gazetteerNameAt(scan, s, i) ??
        runAt(scan, s, i);
  }
}

/**
 * "the Caribbean Community (CARICOM)", "Tehreek-e-Taliban Pakistan (TTP)": an acronym in brackets names
 * the words before it that it abbreviates — those become one mention (whatever runs the scan had cut them
 * into; a state opening them stays mentioned too), and the acronym another mention of it. The token after
 * the acronym, or undefined when no long form fits.
 */
function bracketAcronym(scan: Scan, s: Sentence, i: number): number | undefined {
  const { doc, mentions } = scan;
  const end = i - 1; // the "("
  const start = longFormStart(doc, doc.texts[i], s.tokStart, end);
  if (start === undefined) return undefined;
  // "Memorandum of Understanding (MoU)", "World Health Assembly (WHA) 2024": no actor.
  const kind = classify(doc, start, end);
  if (kind === "event") return undefined;
  const popped: Mention[] = [];
  while (mentions.length && mentions[mentions.length - 1].sentence === s.index) {
    const last = mentions[mentions.length - 1];
    if (last.tokEnd <= start) break;
    popped.unshift(mentions.pop()!);
  }
  const [first] = popped;
  if (popped.length === 1 && first.kind === "name" && first.tokStart === start && first.tokEnd === end) {
    mentions.push(first);
  } else {
    // A name cut short by the long form is read again up to where the long form starts.
    if (first && first.tokStart < start) scanRange(scan, { ...s, tokEnd: start }, first.tokStart);
    if (first && first.type === "Country" && first.tokStart === start) mentions.push(first);
    const type =
      kind === "Organization" || kind === "Place"
        ? kind
        : popped.some((m) => m.type === "Organization") || !popped.some((m) => m.type === "Place")
          ? "Organization"
          : "Place";
    mentions.push(nameMention(s.index, start, end, text(doc, start, end), { type, possessive: false }));
  }
  for (const [a, k] of scan.acronyms) if (k >= mentions.length - 1) scan.acronyms.delete(a);
  const long = mentions.length - 1;
  scan.acronyms.set(doc.texts[i], long);
  mentions.push(
    nameMention(s.index, i, i + 1, doc.texts[i], {
      type: mentions[long].type,
      expands: long,
      possessive: false,
    }),
  );
  return i + 2;
}

/**
 * "the Kessel Development Comunity (KDC)" where the gazetteer knows "KDC": the article's long form is the
 * known body when it is the body's name written a little otherwise (a misspelling, "Organisation" for
 * "Organization"), and both mentions name it; otherwise the article spells out another body with the
 * same letters ("the Kessel Cricket Council (ICC)") and the acronym follows the article, not the
 * gazetteer. The token after the acronym, or undefined when this is no such acronym.
 */
function knownAcronymInBrackets(scan: Scan, s: Sentence, i: number): number | undefined {
  const { doc, mentions } = scan;
  if (doc.texts[i - 1] !== "(" || doc.texts[i + 1] !== ")" || !acronymLike(doc.texts[i])) return undefined;
  const hit = gazetteerHit(scan, s, i);
  if (!hit || hit.length !== 1 || hit.entry.type !== "Organization") return undefined;
  const next = bracketAcronym(scan, s, i);
  if (next === undefined) return undefined;
  const acronym = mentions[mentions.length - 1];
  const long = mentions[acronym.expands!];
  if (long.entry === hit.entry || closeToName(long.surface, hit.entry)) {
    Object.assign(long, { entry: hit.entry, via: long.entry ? long.via : "alias", type: "Organization" });
    Object.assign(acronym, { entry: hit.entry, via: hit.via, type: "Organization" });
  }
  return next;
}

/** Is `surface` one of the entry's names written with a few letters otherwise (≥ 85 % alike)? */
function closeToName(surface: string, entry: GazetteerEntry): boolean {
  const a = normName(surface);
  return [entry.name, ...entry.aliases].some((form) => {
    const b = normName(form);
    return b.length > 5 && editDistance(a, b) <= Math.floor(0.15 * Math.max(a.length, b.length));
  });
}

/** A person pronoun or a role reference ("the Russian president") at i: the token after it. */
function pronounAt(scan: Scan, s: Sentence, i: number): number | undefined {
  const { doc, mentions } = scan;
  const lower = doc.lowers[i];
  if (s.headline) return undefined;
  if (mayBePronoun(lower) && PRONOUNS_PERSON.has(lower)) {
    mentions.push(tokenMention(s.index, i, doc.texts[i], "pronoun", false, "Person"));
    return i + 1;
  }
  if (lower !== "the") return undefined;
  const ref = roleReference(doc, scan.state, i, s.tokEnd);
  if (!ref) return undefined;
  const state = ref.state;
  // "the Kenyan president": a mention of Kenya too, as the demonym alone would be.
  if (state) mentions.push(stateMention(doc, s, state.at, state.match));
  mentions.push(
    mention({
      sentence: s.index,
      tokStart: ref.roleStart,
      tokEnd: ref.end,
      spanStart: ref.roleStart,
      surface: text(doc, ref.roleStart, ref.end),
      kind: "pronoun",
      type: "Person",
      possessive: isPossessiveAt(doc, ref.end),
      roleRef: { state: state?.match.entry.id, role: ref.role },
    }),
  );
  return ref.end;
}

/** A mention of the state the gazetteer matched at token `at` (inside a longer phrase). */
function stateMention(doc: Analysed, s: Sentence, at: number, match: GazetteerMatch): Mention {
  const end = at + match.length;
  return nameMention(s.index, at, end, text(doc, at, end), {
    entry: match.entry,
    via: match.via,
    type: "Country",
    possessive: isPossessiveAt(doc, end),
  });
}

/** The gazetteer form at i, also careless lowercase ones ("russian Foreign Minister", "lavrov said"). */
function gazetteerHit(scan: Scan, s: Sentence, i: number): GazetteerMatch | undefined {
  const { doc, gaz, state, knownParts } = scan;
  const t = doc.texts[i];
  const lower = doc.lowers[i];
  if (isCap(doc, i))
    return mayStart(state, t, lower) ? gaz.matchAt(doc.texts, i, windowEnd(doc, i, s.tokEnd)) : undefined;
  if (
    !isLow(doc, i) ||
    t.length <= 3 ||
    !(isCap(doc, i + 1) || knownParts.has(lower)) ||
    !mayStart(state, t, lower)
  )
    return undefined;
  // Only demonyms before a capitalised title, or people the article has already named.
  // Matched as if capitalised: only the window the match may span is copied.
  const window = doc.texts.slice(i, windowEnd(doc, i, s.tokEnd));
  for (let k = 0; k < window.length; k++)
    if (startsLower(window[k])) window[k] = window[k][0].toUpperCase() + window[k].slice(1);
  const h = gaz.matchAt(window, 0);
  return h && h.length === 1 && ((h.via === "demonym" && isCap(doc, i + 1)) || knownParts.has(lower))
    ? h
    : undefined;
}

/**
 * Where to go on when the gazetteer name [i, end) is used as a word here, not as a mention of its
 * entity; undefined when it is a mention.
 */
function notMentioned(doc: Analysed, hit: GazetteerMatch, i: number, end: number): number | undefined {
  const { texts, lowers } = doc;
  const type = hit.entry.type;
  // "Soviet-era", "Russian-made": an adjective, not a mention of the state. "Iran-backed" still
  // names its backer (the support rules read it).
  // "a Kessel-based maker" names where it is based: a city stays mentioned.
  if (
    texts[end] === "-" &&
    adjacent(doc, end - 1) &&
    ADJ_SUFFIX.has(lowers[end + 1] ?? "") &&
    !SPONSOR_SUFFIX.has(lowers[end + 1]) &&
    !(lowers[end + 1] === "based" && type === "Place")
  )
    return end + 2;
  // "the Australian Open", "the Japanese Grand Prix": an event's name a demonym opens.
  if (hit.via === "demonym") {
    const event = eventNameEnd(doc, end);
    if (event !== undefined) return event;
  }
  // "three Kessel class frigates": a ship class named after a place or state, written without its hyphen.
  if (lowers[end] === "class" && (type === "Place" || type === "Country")) return end + 1;
  // "the Order of the Kessel", "the Medal of Kessel": an honour named after a name.
  if (honourBefore(doc, i)) return end;
  // "the Kessel composite fell 2%", "the Kessel 100 index": a market index named after its exchange.
  if (type === "Organization" && marketIndexAfter(lowers, end)) return end + 1;
  return undefined;
}

/** Capitalised words from `at` up to an event's head ("Open", "Grand Prix"): the token after it, or undefined. */
function eventNameEnd(doc: Analysed, at: number): number | undefined {
  for (let k = at; k < at + 3 && isCap(doc, k); k++) if (EVENT_HEAD.has(doc.lowers[k])) return k + 1;
  return undefined;
}

/**
 * A gazetteer name at i (with the state that prefixes it, "South Korea's Joint Chiefs of Staff"), or a
 * lowercase word of a person already named: the token after it. Undefined when the gazetteer word only
 * opens a longer unknown name, which the capitalised run then reads.
 */
function gazetteerNameAt(scan: Scan, s: Sentence, i: number): number | undefined {
  const { doc, gaz, mentions, knownParts } = scan;
  const { texts, lowers } = doc;
  let hit = gazetteerHit(scan, s, i);
  // "Ilse Coventry … Coventry said": a city's one word that names a person of the article is the person's.
  if (hit && hit.length === 1 && hit.entry.type === "Place" && knownParts.has(lowers[i])) hit = undefined;
  // "the ICC said" after the article spelled out an ICC of its own: the article's body, not the gazetteer's.
  const own = hit?.length === 1 ? scan.acronyms.get(texts[i]) : undefined;
  if (own !== undefined && mentions[own].entry !== hit!.entry) hit = undefined;
  if (!hit) {
    if (isLow(doc, i) && knownParts.has(lowers[i]) && texts[i].length > 3 && doc.tags[i] !== "VERB") {
      mentions.push(tokenMention(s.index, i, texts[i], "name", isPossessiveAt(doc, i + 1)));
      return i + 1;
    }
    return undefined;
  }
  const end = i + hit.length;
  const past = notMentioned(doc, hit, i, end);
  if (past !== undefined) return past;
  // A gazetteer word that is only the start of a longer unknown name stays out ("Jordan Peterson").
  const run =
    hit.entry.type !== "Person" &&
    hit.via !== "demonym" &&
    isCap(doc, end) &&
    !NOT_NAME.has(lowers[end]) &&
    adjacent(doc, end - 1) === false &&
    !s.headline
      ? runOn(doc, i, end, s.tokEnd)
      : undefined;
  // "the ship Gibraltar Eagle": a vessel named after a place is no mention of it.
  if (run !== undefined && VESSEL_NOUNS.has(lowers[i - 1] ?? "")) return run;
  const longerName = nameGoesOn(scan, s, hit, i, run);
  if (longerName !== undefined) return longerName;
  const longer = run === undefined ? undefined : classify(doc, i, run);
  if (longer === "Organization" || longer === "Place") return undefined;
  const reading = otherReading(scan, s, hit, i, end, run);
  if (reading === "run") return undefined;
  if (reading === "club" || reading === "unit") {
    // A club named after the place; a company's unit or product named after it, a body of its own.
    const to = reading === "unit" ? run! : end;
    mentions.push(
      nameMention(s.index, i, to, text(doc, i, to), {
        type: "Organization",
        possessive: isPossessiveAt(doc, to),
      }),
    );
    return to;
  }
  // "CNN Türk reported": a known outlet's name opening a longer one, cited as a source.
  if (run !== undefined && hit.entry.type === "Organization" && outletContext(doc, i, run)) return undefined;
  const prefix =
    hit.entry.type === "Organization" || hit.entry.type === "Place" ? statePrefix(texts, gaz, i, end) : 0;
  if (prefix) {
    // "South Korea's Joint Chiefs of Staff": the state is mentioned too.
    mentions.push(stateMention(doc, s, i, gaz.matchAt(texts, i, i + prefix)!));
  }
  // The entry's own span starts after a state prefix ("South Korea's") when there is one.
  const start = prefix ? i + prefix + (isPossessiveAt(doc, i + prefix) ? 1 : 0) : i;
  if (hit.entry.type === "Person") for (const p of entryParts(scan.state, hit.entry)) knownParts.add(p);
  mentions.push(
    nameMention(s.index, start, end, text(doc, i, end), {
      entry: hit.entry,
      via: hit.via,
      type: hit.entry.type,
      possessive: isPossessiveAt(doc, end),
    }),
  );
  return hit.entry.type === "Country" ? (stateOffice(scan, s, i, end, hit.via) ?? end) : end;
}

/**
 * The known name [i, i + hit.length) written with words after it that keep it one mention: a company's
 * legal form ("Kessel Corp", "Kessel & Co", "Kessel Group plc": still the company, named as the text
 * writes it) or a city's park or dam ("Kessel Park", "Kessel Dam": a place of its own; "Park" and "Dam"
 * are no place tails elsewhere, surnames too). The token after the mention, or undefined.
 */
function nameGoesOn(
  scan: Scan,
  s: Sentence,
  hit: GazetteerMatch,
  i: number,
  run: number | undefined,
): number | undefined {
  const { doc, mentions } = scan;
  const end = i + hit.length;
  const legal = hit.entry.type === "Organization" ? legalFormEnd(doc, end) : end;
  if (legal > end && (run === undefined || run <= legal)) {
    mentions.push(
      nameMention(s.index, i, legal, text(doc, i, legal), {
        entry: hit.entry,
        via: hit.via,
        type: "Organization",
        possessive: isPossessiveAt(doc, legal),
      }),
    );
    return legal;
  }
  if (run === end + 1 && hit.entry.type === "Place" && CITY_TAILS.has(doc.lowers[end])) {
    mentions.push(
      nameMention(s.index, i, run, text(doc, i, run), {
        type: "Place",
        possessive: isPossessiveAt(doc, run),
      }),
    );
    return run;
  }
  return undefined;
}

/**
 * What a state's, city's or one-word organisation's name stands for here besides itself: the start of a
 * person's name ("Georgia Kessel, a lawyer,", "coach Dorvale Kessel") or of a club's ("Kessel Rovers
 * beat …") — both then read as a run —, alone, its club ("Kessel beat Dorvale 3-1", "Kessel manager X"),
 * or, for a company, the start of its unit's name ("Kessel Rotem said", "Kessel Helicopters").
 */
function otherReading(
  scan: Scan,
  s: Sentence,
  hit: GazetteerMatch,
  i: number,
  end: number,
  run: number | undefined,
): "run" | "club" | "unit" | undefined {
  const type = hit.entry.type;
  if (type === "Organization") {
    if (run === undefined || !oneWordName(scan.doc, hit, i)) return undefined;
    // A company or club named after a person's name ("Dorvale", a given name, "Kessel", a surname).
    if (personOpenedByKnownWord(scan, s, i, run, type)) return "run";
    // One or two unknown words after a company's one-word name: its unit ("Kessel Helicopters").
    let q = end;
    while (q < run && q - end < 2 && unknownNameWord(scan, q)) q++;
    return q === run ? "unit" : undefined;
  }
  if (type !== "Country" && type !== "Place") return undefined;
  if (run !== undefined && hit.length === 1 && personOpenedByKnownWord(scan, s, i, run, type)) return "run";
  if (type !== "Place") return undefined;
  if (run !== undefined) return clubAfterPlace(scan.doc, s, i, end, run) ? "run" : undefined;
  // A nation that fields national teams ("England beat India") is a side as a state is: the nation.
  if (NATIONS_WITH_TEAMS.has(hit.entry.name)) return undefined;
  return cityAsClub(scan.doc, s, i, end) ? "club" : undefined;
}

/** Nations within a state that field national teams of their own: as sides they stay the nation. */
const NATIONS_WITH_TEAMS = new Set(["England", "Scotland", "Wales", "Northern Ireland"]);

/**
 * The capitalised run from i, with the gazetteer name [i, end) in it. A run cannot start on a region
 * adjective ("African", "European": NOT_NAME), so then — and only then — it is read on from the name's
 * end: "the African Union Commission" runs to "Commission".
 */
function runOn(doc: Analysed, i: number, end: number, sentenceEnd: number): number {
  const run = capRun(doc, i, sentenceEnd);
  return run > i ? run : capRun(doc, end, sentenceEnd);
}

/** A word that opens no name: a weekday, a month ("Jan." too, as the tokeniser keeps it) — unless a name's. */
function notName(doc: Analysed, i: number): boolean {
  const w = doc.lowers[i];
  if (w.endsWith(".") && NOT_NAME.has(w.slice(0, -1))) return true;
  return NOT_NAME.has(w) && !monthAsName(doc, i);
}

/** Lowercase facility nouns that belong to the name before them. */
const FACILITY_NEXT = new Set(["prison", "airport", "airbase", "crossing", "camp"]);

/** Heads of a state's offices named in lowercase ("the Turkish defence ministry"). */
const OFFICE_HEADS = new Set(["ministry", "office", "department"]);

/**
 * "Kenya's interior ministry", "the Turkish defence ministry": a state's office named in lowercase right
 * after the state's demonym or possessive — an organisation of its own. The token after it.
 */
function stateOffice(scan: Scan, s: Sentence, i: number, end: number, via: string): number | undefined {
  const { doc } = scan;
  const lowers = doc.lowers;
  const possessive = isPossessiveAt(doc, end);
  if (via !== "demonym" && !possessive) return undefined;
  const from = possessive ? end + 1 : end;
  let k = from;
  while (k < from + 2 && k < s.tokEnd && isLow(doc, k) && TITLE_WORDS.has(lowers[k])) k++;
  if (k === from || !OFFICE_HEADS.has(lowers[k] ?? "") || k >= s.tokEnd) return undefined;
  scan.mentions.push(
    nameMention(s.index, from, k + 1, text(doc, i, k + 1), {
      type: "Organization",
      possessive: isPossessiveAt(doc, k + 1),
    }),
  );
  return k + 1;
}

/** Where the name in the capitalised run at i starts and ends, titles and sentence capitals left out. */
function runBounds(scan: Scan, s: Sentence, i: number, opener: boolean): [number, number] {
  const { doc } = scan;
  const lowers = doc.lowers;
  let start = i;
  let runEnd = opener ? capRun(doc, i + 1, s.tokEnd) : capRun(doc, i, s.tokEnd);
  // "Defence Council Secretary Harald Vik": an organisation, then a title and a name.
  for (let p = i; p < runEnd - 1; p++) {
    // "Defence Minister Army General Ivo Dran": after a title, a service word opens a rank, not a name.
    if (p > i && SERVICE_WORDS.has(lowers[p]) && ROLE_HEADS.has(lowers[p - 1])) continue;
    if (ORG_TAIL.has(lowers[p]) && TITLE_WORDS.has(lowers[p + 1]) && ROLE_HEADS.has(lowers[p + 1])) {
      // "… Defence Force Army Chief of Staff": a service word after the organisation opens the title.
      runEnd = p > i && SERVICE_WORDS.has(lowers[p]) && ORG_TAIL.has(lowers[p - 1]) ? p : p + 1;
      break;
    }
  }
  // "… House of Representatives Aqeela Saleh", "Support Ukraine": a run that runs on into a person the
  // tagger is sure of, or into a state the gazetteer knows, ends where they start.
  const cut = innerName(doc, scan.state, scan.tagged, s, i, runEnd);
  if (cut !== undefined) runEnd = withoutTrailingJoiners(doc, i, cut);
  // Sentence-initial capitals and leading titles are not part of the name.
  while (start < runEnd && start === s.tokStart && doc.tags[start] !== "PROPN") start++;
  // "al-Qaeda", "al-Shabaab": a lowercase particle joined to the name by a hyphen opens it.
  if (start === i && particleOpens(doc, i)) start -= 2;
  return [start, runEnd];
}

/** The capitalised run at i: an organisation, place or person of the article's own (or nothing). */
function runAt(scan: Scan, s: Sentence, i: number): number {
  const { doc, gaz, mentions } = scan;
  const { texts, lowers } = doc;
  if (texts[i - 1] === "(" && texts[i + 1] === ")" && acronymLike(texts[i])) {
    const next = bracketAcronym(scan, s, i);
    if (next !== undefined) return next;
  }
  // "European Central Bank": a region adjective opening an organisation or place name.
  const opener = isCap(doc, i) && NAME_OPENERS.has(lowers[i]) && isCap(doc, i + 1) && !s.headline;
  if (opener) {
    const k = classify(doc, i + 1, capRun(doc, i + 1, s.tokEnd));
    if (k !== "Organization" && k !== "Place") return i + 1;
  } else if (!isCap(doc, i) || notName(doc, i) || s.headline) return i + 1;
  // "The Salt Orchard", a film: a work's quoted title names no actor.
  const title = quotedTitleEnd(doc, gaz, s, i);
  if (title !== undefined) return title;
  const [first, runEnd] = runBounds(scan, s, i, opener);
  let start = first;
  // Titles are stripped from people, not from organisations ("National Security Council").
  const wholeFrom = start;
  const whole = classify(doc, start, runEnd);
  if (whole !== "Organization" && whole !== "Place") {
    // "Commander-in-Chief": a title's hyphenated parts go with it.
    while (
      start < runEnd &&
      (TITLE_WORDS.has(lowers[start]) ||
        (start === s.tokStart && DESCRIPTORS.has(lowers[start])) ||
        (start > first && texts[start] === "-"))
    )
      start += texts[start + 2] === "-" && texts[start] === "-" ? 2 : 1;
    start = afterLastRoleHead(doc, start, runEnd);
    // "the president of State Grid": qualifiers alone before one word are part of the name, where an
    // organisation's or place's name stands.
    if (runEnd - start === 1 && start > first && !headIn(lowers, first, start) && typeBefore(doc, first))
      start = first;
  }
  if (start >= runEnd) return runEnd > i ? runEnd : i + 1;
  if (start > i) {
    // Stripping a title may reveal a gazetteer name ("President Vladimir Putin", "Former Chilean
    // Vice-President …"): read on from the first one.
    const q = gazetteerWithin(doc, scan.state, i + 1, start, s.tokEnd);
    if (q !== undefined) return q;
  }
  // A label ("Troop Deployment:") is not a name.
  if (texts[runEnd] === ":") return runEnd + 1;
  // classify is pure: reuse its answer when no title was stripped.
  const kind = start === wholeFrom ? whole : classify(doc, start, runEnd);
  const m = nameMention(s.index, start, runEnd, text(doc, start, runEnd), {
    possessive: isPossessiveAt(doc, runEnd),
  });
  // "the Government of Chile" is the state itself: a mention of it.
  const state = kind === "Organization" ? governmentOf(doc, gaz, start, runEnd) : undefined;
  if (state) {
    m.entry = state.entry;
    m.via = "alias";
    m.type = "Country";
    mentions.push(m);
    return runEnd;
  }
  let nWords = 0;
  // Particles ("al", "bin", "da") do not make a name longer.
  for (let q = start; q < runEnd; q++) if (isWord(doc, q) && !NAME_PARTICLES.has(texts[q])) nWords++;
  // "the Government", "the Army": one generic organisation word names no organisation in particular.
  const prev = mentions[mentions.length - 1];
  const demonymBefore = prev !== undefined && prev.via === "demonym" && prev.tokEnd === start;
  // "14 Corps", "the 7th Fleet": a number makes a generic unit word a unit.
  if (kind === "Organization" && nWords === 1 && /^\d+(?:st|nd|rd|th)?$/.test(texts[start - 1] ?? "")) {
    m.tokStart = m.spanStart = start - 1;
    m.surface = text(doc, start - 1, runEnd);
  } else if (
    kind === "event" ||
    (kind === "Organization" &&
      nWords === 1 &&
      ORG_TAIL.has(lowers[start]) &&
      !demonymBefore &&
      !isParliament(lowers[start]))
  )
    return runEnd;
  // "the Khaim prison", "near the Torkham crossing": a facility's lowercase noun is part of its name.
  if (kind === "Place" && FACILITY_NEXT.has(lowers[runEnd] ?? "")) {
    m.tokEnd = runEnd + 1;
    m.surface = text(doc, start, runEnd + 1);
    m.possessive = isPossessiveAt(doc, runEnd + 1);
  }
  if (kind) {
    m.type = kind;
    // "Norwegian Defence Council": a demonym right before an unknown organisation is part of its name.
    if (kind === "Organization" && demonymBefore) m.surface = text(doc, prev.tokStart, runEnd);
    // "Peru's Defence Force", "Chile's Foreign Ministry": a generic organisation name is the state's.
    else if (
      kind === "Organization" &&
      prev?.type === "Country" &&
      prev.possessive &&
      prev.tokEnd + 1 === start &&
      genericWords(lowers, start, runEnd)
    )
      m.surface = `${prev.surface} ${m.surface}`;
  } else if (!typeUnknown(scan, s, m, nWords)) return runEnd;
  // "the Qarn Shoal – or Tala Shoal as Lisbon calls it", "the Free Front, also known as …": another name.
  const named = m.type === "Person" ? undefined : otherNameOf(scan, s, start);
  if (named !== undefined) {
    m.type = mentions[named].type;
    m.weak = false;
    m.expands = named;
  }
  // A name's parts once per article: the same person is named again and again.
  if (m.type === "Person" && !scan.partsOf.has(m.surface)) {
    scan.partsOf.add(m.surface);
    addParts(scan.knownParts, m.surface.toLowerCase(), 3);
  }
  mentions.push(m);
  return m.tokEnd;
}

/** Is a role head or an honorific among the tokens [from, to)? */
function headIn(lowers: string[], from: number, to: number): boolean {
  for (let q = from; q < to; q++) {
    const w = lowers[q];
    if (ROLE_HEADS.has(w) || HONORIFICS.has(w) || ROLE_HEADS.has(w.replace(/s$/, ""))) return true;
  }
  return false;
}

/** Are all words of [from, to) organisation or title vocabulary ("Defence Force", "Foreign Ministry")? */
function genericWords(lowers: string[], from: number, to: number): boolean {
  for (let q = from; q < to; q++) {
    const w = lowers[q];
    if (!ORG_TAIL.has(w) && !ORG_LEAD.has(w) && !TITLE_WORDS.has(w) && w !== "of" && w !== "armed")
      return false;
  }
  return true;
}

const ALIAS_OPENERS = new Set(["–", "—", "(", "-", ","]);

/**
 * The place or organisation mention the name at `start` is another name of: "X – or Y", "X (or Y)",
 * "X, also known as Y", "X (known locally as Y)", "X, aka Y".
 */
function otherNameOf(scan: Scan, s: Sentence, start: number): number | undefined {
  const { doc, mentions } = scan;
  const lowers = doc.lowers;
  let j = lowers[start - 1] === "the" ? start - 2 : start - 1;
  if (lowers[j] === "or") j--;
  else if (lowers[j] === "aka") j--;
  else if (lowers[j] === "as" && lowers[j - 1] === "known") {
    j -= 2;
    while (lowers[j] === "also" || lowers[j] === "locally" || lowers[j] === "widely") j--;
  } else return undefined;
  if (!ALIAS_OPENERS.has(doc.texts[j]) || (lowers[j + 1] === "or" && doc.texts[j] === ",")) return undefined;
  const k = mentions.length - 1;
  const prev = mentions[k];
  if (!prev || prev.sentence !== s.index || prev.kind !== "name" || prev.tokEnd !== j) return undefined;
  return prev.type === "Place" || prev.type === "Organization" ? k : undefined;
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

/**
 * Words after an exchange's name that make it a market index's: "composite", "100 index". Not "index"
 * alone: a body's own index names the body ("the Kessel Institute index ranked …").
 */
function marketIndexAfter(lowers: readonly string[], end: number): boolean {
  const next = lowers[end];
  return next === "composite" || (/^\d+$/.test(next ?? "") && lowers[end + 1] === "index");
}

/** Legal forms and the like that follow a company's name without naming another body. */
const LEGAL_FORMS = new Set(
  `inc inc. corp corp. corporation co co. company ltd ltd. limited plc llc ag sa se nv n.v. gmbh spa s.p.a.
  group holdings lines`.split(/\s+/),
);

/** Where a company's name [.., end) ends with the legal forms written after it ("Corp", "& Co", "Group plc"). */
function legalFormEnd(doc: Analysed, end: number): number {
  let q = end;
  for (let n = 0; n < 2; n++) {
    // "& Co": the ampersand belongs to the form.
    const at = doc.texts[q] === "&" && LEGAL_FORMS.has(doc.lowers[q + 1] ?? "") ? q + 1 : q;
    if (!isCap(doc, at) || !LEGAL_FORMS.has(doc.lowers[at])) break;
    q = at + 1;
  }
  return q;
}

/** "Order of (the)", "Medal of (the)" right before i, the honour's word capitalised. */
function honourBefore(doc: Analysed, i: number): boolean {
  const at = doc.lowers[i - 1] === "the" ? i - 2 : i - 1;
  const head = doc.lowers[at - 1];
  return doc.lowers[at] === "of" && (head === "order" || head === "medal") && isCap(doc, at - 1);
}

/** Words after a city's name that make a place named after it ("Kessel Park", "Kessel Dam"). */
const CITY_TAILS = new Set(["park", "dam"]);
