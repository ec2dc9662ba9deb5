// Titles and appositions before and after person names: role, affiliation and span.
import type { Analysed } from "../nlp.js";
import type { ExtractorState } from "../state.js";
import {
  domainWordsAfter,
  ownerOverDomainWords,
  pairedRolesBefore,
  rankService,
  roleBefore,
  type MentionIndex,
} from "../role-phrases.js";
import {
  HONORIFICS,
  PREPOSITIONS,
  ROLE_FILLERS,
  ROLE_HEADS,
  ROLE_QUALIFIERS,
  TITLE_WORDS,
} from "../lexicon.js";
import { ARTICLES } from "./context.js";
import { Mention, isCap, isPossessiveAt } from "./mention.js";

/**
 * Title words directly before token i (over an optional comma): where the title starts and the role
 * it gives; undefined for the many names that have none (no object made for them).
 */
export function titleBefore(
  doc: Analysed,
  i: number,
  floor: number,
): { from: number; role: string | undefined } | undefined {
  const lowers = doc.lowers;
  let j = i - 1;
  if (doc.texts[j] === ",") j--;
  // Most names have no title: answer before building anything.
  if (j < floor || !TITLE_WORDS.has(lowers[j])) return undefined;
  // The title words are tokens (j, last]; read in place rather than gathered into arrays.
  const last = j;
  let honorific = false;
  let head = false;
  // "Secretary of State X": "of" between two title words is inside the title.
  const ofInside = (q: number): boolean =>
    lowers[q] === "of" && q > floor && TITLE_WORDS.has(lowers[q - 1]) && TITLE_WORDS.has(lowers[q + 1]);
  while (
    j >= floor &&
    (TITLE_WORDS.has(lowers[j]) ||
      ofInside(j) ||
      rankService(lowers, j, floor) ||
      (head && ROLE_QUALIFIERS.has(lowers[j])))
  ) {
    const w = lowers[j];
    if (HONORIFICS.has(w)) honorific = true;
    if (ROLE_HEADS.has(w)) head = true;
    j--;
  }
  if (!head && !honorific) return undefined;
  // The role: the title words but fillers and honorifics, in text order.
  let role = "";
  for (let q = j + 1; q <= last; q++) {
    const w = lowers[q];
    if (ROLE_FILLERS.has(w) || HONORIFICS.has(w) || ROLE_QUALIFIERS.has(w)) continue;
    role = role ? `${role} ${w}` : w;
  }
  if (lowers[j] === "his" || lowers[j] === "her") j--;
  return { from: j + 1, role: role || undefined };
}

const ROLE_LINKS = new Set(["of", "from", "at", "in", "for", "to"]);

/** ", a prominent secretary of …" after a name: returns the role and the token after the role phrase. */
export function appositionAfter(
  doc: Analysed,
  k: number,
  end: number,
  afterPossessive = false,
): [string, number] | undefined {
  const lowers = doc.lowers;
  if (!afterPossessive && doc.texts[k] !== ",") return undefined;
  // After "North Korea": skip its "'s"; after a comma: skip the comma (and "who was", "who served as").
  let j = afterPossessive ? k + 1 : afterWhoWas(doc, k + 1);
  if (ARTICLES.has(lowers[j] ?? "")) j++;
  // No title word after the comma (the usual case): no role, and no word list to build.
  if (!(j < end && (TITLE_WORDS.has(lowers[j]) || ROLE_FILLERS.has(lowers[j])))) return undefined;
  const words: string[] = [];
  while (j < end && words.length < 5 && (TITLE_WORDS.has(lowers[j]) || ROLE_FILLERS.has(lowers[j]))) {
    words.push(lowers[j]);
    j++;
  }
  // ", CP Vincent Sano": a title opening the next person's name is no apposition.
  if (isCap(doc, j) && !TITLE_WORDS.has(lowers[j])) return undefined;
  const role = words.filter((w) => !ROLE_FILLERS.has(w)).join(" ");
  if (!words.some((w) => ROLE_HEADS.has(w)) || !role) return undefined;
  if (ROLE_LINKS.has(lowers[j] ?? "")) j++;
  if (lowers[j] === "the") j++;
  return [role, j];
}

/** Marks that close an apposition's role, and words of when it was held ("until 2019", "since May"). */
const APPOSITION_CLOSERS = new Set(
  `, ) . ; : — – and who until since from between in during before after when while`.split(" "),
);

/**
 * Does the role whose title words start at `from` close the apposition? Not when the role is someone
 * else's ("the Kenyan president's brother"), of another body ("the Nigerian president of the Bank"), or
 * a verb's subject ("X, the Kenyan president said, …").
 */
function appositionCloses(doc: Analysed, from: number, end: number): boolean {
  let j = from;
  while (j < end && (TITLE_WORDS.has(doc.lowers[j]) || ROLE_FILLERS.has(doc.lowers[j]))) j++;
  return j >= end || APPOSITION_CLOSERS.has(doc.lowers[j]);
}

/** Nouns for a state in "the country's foreign minister". */
const STATE_NOUNS = new Set(["country", "nation"]);
/** Sentences back (the mention's own included) where "the country" may find its state. */
const STATE_REFERENCE_REACH = 3;

/**
 * "the country's" ending before token `pos` (the, country, 's): the state it stands for — in the nearest
 * sentence before it that names a state (its own sentence first), the one state not after a preposition
 * ("Peru is in talks with Chile. The country's …": Peru), else its only state; none when two could be.
 */
function stateReferredTo(doc: Analysed, mentions: Mention[], pos: number): number | undefined {
  const the = pos - 3;
  if (!isPossessiveAt(doc, pos - 1) || !STATE_NOUNS.has(doc.lowers[pos - 2]) || doc.lowers[the] !== "the")
    return undefined;
  let k = mentions.length - 1;
  while (k >= 0 && mentions[k].tokStart >= the) k--;
  if (k < 0) return undefined;
  const sentence = mentions[k].sentence;
  for (let s = sentence; s > sentence - STATE_REFERENCE_REACH && k >= 0; s--) {
    const all = new Map<string, number>();
    const free = new Map<string, number>();
    for (; k >= 0 && mentions[k].sentence === s; k--) {
      const m = mentions[k];
      if (m.type !== "Country" || m.kind !== "name" || !m.entry) continue;
      all.set(m.entry.id, k);
      if (!PREPOSITIONS.has(doc.lowers[m.tokStart - 1] ?? "")) free.set(m.entry.id, k);
    }
    // One state as the subject, or one state at all: it. Two ("Kenya and Peru signed …"): no guess.
    if (free.size === 1) return [...free.values()][0];
    if (all.size) return all.size === 1 ? [...all.values()][0] : undefined;
  }
  return undefined;
}

/** ", who was|is|served as|became …": a relative clause that only gives the name a role. */
const WHO_WAS = [
  ["who", "is"],
  ["who", "was"],
  ["who", "became"],
  ["who", "remains"],
  ["who", "served", "as"],
  ["who", "serves", "as"],
  ["who", "has", "been"],
  ["who", "had", "been"],
  ["who", "has", "served", "as"],
  ["who", "had", "served", "as"],
];

/** The token after ", who was …" starting at `at` (the token after the comma), else `at`. */
function afterWhoWas(doc: Analysed, at: number): number {
  if (doc.lowers[at] !== "who") return at;
  for (const words of WHO_WAS) if (words.every((w, q) => doc.lowers[at + q] === w)) return at + words.length;
  return at;
}

/**
 * Titles and appositions: "Russian President X", "North Korea's foreign minister, X", "his Russian
 * counterpart X", "X, a prominent secretary of the Workers' Party". Sets role, affiliation and span.
 */
export function attachTitles(doc: Analysed, mentions: Mention[], state: ExtractorState): void {
  // Token position → index of the name mention ending (possessive included) or starting there,
  // in the extractor's position arrays (reused: made anew per article they were a good share of what
  // extraction allocated), emptied again however this ends.
  const { endAt, startAt } = state;
  // Filled with undefined up to the article's length, so the arrays stay plain (a store far past
  // the end of an empty array would turn it into a dictionary).
  while (endAt.length < doc.texts.length + 2) {
    endAt.push(undefined);
    startAt.push(undefined);
  }
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.kind !== "name") continue;
    endAt[m.possessive ? m.tokEnd + 1 : m.tokEnd] = k;
    startAt[m.tokStart] = k;
  }
  try {
    titlesAndAppositions(doc, mentions, endAt, startAt);
  } finally {
    for (const m of mentions) {
      endAt[m.tokEnd + 1] = endAt[m.tokEnd] = startAt[m.tokStart] = undefined;
    }
    // An outsized article does not keep outsized arrays.
    if (endAt.length > 50_000) endAt.length = startAt.length = 0;
  }
}

/** What the title and apposition steps read: the document, its mentions and where they start and end. */
interface Links {
  doc: Analysed;
  mentions: Mention[];
  index: MentionIndex;
  startingAt: (pos: number) => number | undefined;
}

function titlesAndAppositions(
  doc: Analysed,
  mentions: Mention[],
  endAt: readonly (number | undefined)[],
  startAt: readonly (number | undefined)[],
): void {
  const index: MentionIndex = {
    endingAt: (pos) => endAt[pos],
    startOf: (k) => mentions[k].tokStart,
    isActor: (k) => actorType(mentions[k]),
    owner: (k) => mentions[k].possessive || mentions[k].via === "demonym",
    stateReferredTo: (pos) => stateReferredTo(doc, mentions, pos),
  };
  const links: Links = { doc, mentions, index, startingAt: (pos) => startAt[pos] };
  mentions.forEach((m, idx) => {
    if (m.kind !== "name" || (m.type && m.type !== "Person")) return;
    const s = doc.sentences[m.sentence];
    const title = titleBefore(doc, m.tokStart, titleFloor(mentions, idx, s.tokStart));
    if (title) titled(links, m, title, s.tokStart);
    // "the presidents of Brazil and Peru, A and B": A serves Brazil, B Peru.
    if (m.affiliation === undefined && !title) pairedRoles(links, m, s.tokStart);
    // "the Prime Minister of Hungary, X", "Brazil's ambassador to China, X", "… led by General X".
    if (m.affiliation === undefined) {
      const link = roleBefore(doc, title ? title.from : m.tokStart, s.tokStart, index);
      if (link) {
        m.affiliation = link.affiliation;
        m.role ??= link.role;
        asPerson(m);
      }
    }
    // "Prime Minister X of Kenya": the title's state after the name.
    if (title && m.affiliation === undefined && doc.lowers[m.tokEnd] === "of") {
      const at = doc.lowers[m.tokEnd + 1] === "the" ? m.tokEnd + 2 : m.tokEnd + 1;
      const k = links.startingAt(at);
      if (k !== undefined && actorType(mentions[k]) && !mentions[k].possessive) m.affiliation = k;
    }
    if (doc.texts[m.tokEnd] === "," && m.affiliation === undefined) stateApposition(links, m, s.tokEnd);
    apposition(links, m, s.tokEnd);
  });
}

const actorType = (m: Mention | undefined): boolean =>
  !!m && (m.type === "Country" || m.type === "Organization");

/** A mention a title, a role or an apposition marks as a person's name. */
function asPerson(m: Mention): void {
  if (m.type === undefined || m.weak) {
    m.type = "Person";
    m.weak = false;
  }
}

/**
 * Where the title scan before mention `idx` stops: at an organisation ending right before it ("Russian
 * Security Council Secretary X": the council is the affiliation, not part of the role).
 */
function titleFloor(mentions: Mention[], idx: number, sentenceStart: number): number {
  let floor = sentenceStart;
  const m = mentions[idx];
  for (let q = idx - 1; q >= 0 && mentions[q].sentence === m.sentence; q--) {
    const o = mentions[q];
    if (o.kind === "name" && o.type === "Organization" && o.tokEnd <= m.tokStart && o.tokEnd > floor)
      floor = o.tokEnd;
  }
  return floor;
}

/** A title right before the name: its role, its span, and the state or body named before it. */
function titled(
  links: Links,
  m: Mention,
  title: { from: number; role: string | undefined },
  floor: number,
): void {
  const { doc, mentions } = links;
  const { from, role } = title;
  asPerson(m);
  m.role = role;
  m.spanStart = from;
  const j = from - 1;
  // "Russian President …": a demonym right before the title; "North Korea's foreign minister …"; "Peru's
  // army chief …".
  const k =
    links.index.endingAt(j + 1) ??
    ownerOverDomainWords(doc, from, floor, links.index) ??
    links.index.stateReferredTo(from);
  if (k !== undefined && actorType(mentions[k])) {
    m.affiliation = k;
    m.spanStart = mentions[k].spanStart;
    // "his Russian counterpart X": the possessive belongs to the title too.
    if (["his", "her"].includes(doc.lowers[m.spanStart - 1] ?? "")) m.spanStart--;
  } else if (doc.lowers[j] === "his" || doc.lowers[j] === "her") {
    m.spanStart = j;
  }
}

/** "the presidents of Brazil and Peru, A and B": A and the name after "and" get a state each. */
function pairedRoles(links: Links, m: Mention, floor: number): void {
  const { doc, mentions } = links;
  const paired = pairedRolesBefore(doc, m.tokStart, floor, links.index);
  const b = doc.lowers[m.tokEnd] === "and" ? links.startingAt(m.tokEnd + 1) : undefined;
  if (!paired || b === undefined || mentions[b].kind !== "name" || mentions[b].affiliation !== undefined)
    return;
  const other = mentions[b];
  // The pair is in apposition, closed by a comma or the sentence's end: after "talks with the presidents
  // of X and Y, A and B flew home", A and B are the sentence's subject, not the presidents.
  const close = doc.texts[other.tokEnd];
  if (close !== "," && close !== "." && other.tokEnd < doc.sentences[m.sentence].tokEnd) return;
  m.affiliation = paired.first;
  other.affiliation = paired.second;
  for (const p of [m, other]) {
    p.role ??= paired.role;
    asPerson(p);
  }
}

/**
 * ", North Korea's foreign minister", ", the Kenyan president", ", a former Jordanian army chief": a
 * state (its possessive or its demonym) then the role, its domain words between ("army").
 */
function stateApposition(links: Links, m: Mention, sentenceEnd: number): void {
  const { doc } = links;
  let j = afterWhoWas(doc, m.tokEnd + 1);
  while (j < sentenceEnd && j < m.tokEnd + 4 && ROLE_FILLERS.has(doc.lowers[j])) j++;
  // ", the country's foreign minister": the state named before.
  const referred = STATE_NOUNS.has(doc.lowers[j]) ? links.index.stateReferredTo(j + 2) : undefined;
  const k = referred ?? links.startingAt(j);
  const st = k !== undefined ? links.mentions[k] : undefined;
  if (!st || st.type !== "Country" || !(referred !== undefined || st.possessive || st.via === "demonym"))
    return;
  let q = referred !== undefined ? j + 2 : st.possessive ? st.tokEnd + 1 : st.tokEnd;
  while (q < sentenceEnd && ROLE_FILLERS.has(doc.lowers[q])) q++;
  const after = domainWordsAfter(doc, q, sentenceEnd);
  if (after === undefined) return;
  const r = appositionAfter(doc, after - 1, sentenceEnd, true);
  if (!r || !appositionCloses(doc, after, sentenceEnd)) return;
  m.affiliation = k;
  m.role = r[0];
  asPerson(m);
}

/** ", head of X": the actor of an apposition's role (and of a second role after "and"). */
function apposition(links: Links, m: Mention, sentenceEnd: number): void {
  const { doc, mentions, startingAt } = links;
  const appos = appositionAfter(doc, m.tokEnd, sentenceEnd);
  if (!appos) return;
  const [arole, at] = appos;
  // "Deputy Minister of Culture and Sport of Kenya": the actor may come after the role's own words.
  let k = startingAt(at) ?? actorAhead(doc, at, sentenceEnd, startingAt, mentions);
  // "North Korea's Workers' Party": the organisation, not its state, is what the person belongs to.
  while (k !== undefined && mentions[k].possessive && startingAt(mentions[k].tokEnd + 1) !== undefined)
    k = startingAt(mentions[k].tokEnd + 1);
  if (k === undefined || !actorType(mentions[k])) return;
  if (m.affiliation === undefined) {
    m.affiliation = k;
    m.role = arole;
  } else {
    // Both a title and an apposition: keep the title's state and record the apposition separately.
    m.extra = { role: arole, affiliation: k };
  }
  asPerson(m);
  // "…, head of X and commander of Y": a second role of the same apposition.
  const second = m.extra === undefined ? secondRole(doc, mentions[k], sentenceEnd) : undefined;
  const k2 = second && actorAhead(doc, second[1], sentenceEnd, startingAt, mentions);
  if (second && k2 !== undefined && k2 !== k && actorType(mentions[k2]))
    m.extra = { role: second[0], affiliation: k2 };
}

/**
 * The first state or organisation mention starting within a few words from `at`, before any comma,
 * semicolon or verb: "… of Culture and Sport of Kenya", "… at the UK's University of Manchester".
 */
function actorAhead(
  doc: Analysed,
  at: number,
  end: number,
  startingAt: (pos: number) => number | undefined,
  mentions: Mention[],
): number | undefined {
  for (let q = at; q < end && q < at + 10; q++) {
    let k = startingAt(q);
    while (k !== undefined && mentions[k].possessive && startingAt(mentions[k].tokEnd + 1) !== undefined)
      k = startingAt(mentions[k].tokEnd + 1);
    if (k !== undefined && (mentions[k].type === "Country" || mentions[k].type === "Organization")) return k;
    const t = doc.texts[q];
    if (t === "," || t === ";" || t === ":" || doc.tags[q] === "VERB" || doc.tags[q] === "AUX")
      return undefined;
  }
  return undefined;
}

/** After the actor of a first role: "and [the] ROLE of|at …" — the role and the token after its link. */
function secondRole(doc: Analysed, first: Mention, end: number): [string, number] | undefined {
  let j = first.possessive ? first.tokEnd + 1 : first.tokEnd;
  if (doc.texts[j] === "(" && doc.texts[j + 2] === ")") j += 3;
  if (doc.lowers[j] !== "and") return undefined;
  return appositionAfter(doc, j, end, true);
}
