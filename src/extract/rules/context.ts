// What the relation rules share: one object per article, moved on from sentence to sentence. Rules
// read the sentence, its items (the mentions that can end a relation) and the lowered text through
// it, and add relations with push. Its helpers are methods of that one object rather than made
// anew for every sentence: closures per sentence were a large share of the garbage extraction
// leaves behind.
import type { EntityType, RelationType } from "../../types.js";
import type { Gazetteer } from "../gazetteer/index.js";
import type { Analysed, Sentence } from "../nlp.js";
import type { Mention } from "../mentions/index.js";
import type { Resolution } from "../resolve.js";
import type { RawRelation } from "../relations.js";
import { PREPOSITIONS } from "../lexicon.js";
import { INITIAL_LOWER } from "../char-class.js";
import { scanTriggers, type TriggerIndex, type WordHit } from "../trigger-words.js";
import type { TriggerKind } from "./index.js";
import { afterOpeningQuote } from "./sides.js";

/** A resolved mention as a relation end. */
export interface Item {
  k: number;
  id: string;
  type: EntityType;
  /** First token (title prefix included) and token after the mention (possessive included). */
  from: number;
  to: number;
  possessive: boolean;
  pronoun: boolean;
}

/** A rule run on every sentence that has ends enough (see RuleContext.enter). */
export type SentenceRule = (ctx: RuleContext) => void;

/** Every rule's single-word triggers in one sentence, per kind, in text order. */
export type Triggers = Record<TriggerKind, readonly WordHit[]>;

/** Two parties a meeting or signing named: "the two leaders" in the next sentences are them. */
export interface LastPair {
  ids: string[];
  sentence: number;
}

/** The source of a transfer: "… and sent troops to X" in the next sentences is theirs. */
export interface TopicSource {
  id: string;
  sentence: number;
}

/** What a trigger list answers when the rule cannot apply: no list is made for it. */
export const NO_HITS: readonly WordHit[] = [];

/** How many sentences back a pair or source still carries over. */
const CARRY = 2;

// Predicates and patterns are module constants: an arrow or a regex literal inside a method is a
// new object each time it runs.
export const isPerson = (it: Item): boolean => it.type === "Person";
export const isActor = (it: Item): boolean => it.type !== "Place";
const receives = (it: Item): boolean => it.type !== "Person";
// "A and B", "the Chilean government and the rebels": a state's government words stay with the state.
const COORDINATION =
  /^\s*(?:(?:government|authorities|administration|side)\s+)?(?:,|and|&|, and)\s*(?:the\s+)?$/;
const NEAR_TROOP_NOUN = /^\s*(?:[\d,]+\s+|some\s+|more\s+)?(?:[a-z-]+\s+)?$/;

/** The last hit that ends by `end` (hits come in text order). */
export function lastBefore(list: readonly WordHit[], end: number): WordHit | undefined {
  let last: WordHit | undefined;
  for (const m of list) {
    if (m.index + m[0].length <= end) last = m;
    else break;
  }
  return last;
}

export class RuleContext {
  readonly doc: Analysed;
  readonly text: string;
  readonly mentions: Mention[];
  readonly res: Resolution;
  readonly gaz: Gazetteer;
  readonly out: RawRelation[] = [];
  /** Person → the state they act for; state-level rules map a person acting for a state onto it. */
  readonly stateOf = new Map<string, string>();
  /** The sentence the rules look at, and its ends. */
  s: Sentence;
  items: Item[] = [];
  /** The sentence, lowercased (see lower). */
  sentLower = "";
  /** Transfer and support rules need a state, organisation or place to receive; most sentences have none. */
  anyRecipient = false;
  topicSource: TopicSource | undefined = undefined;
  /** The recipient of the last troops sent: "B followed with a contingent of 300" sends them there too. */
  troopsTo: TopicSource | undefined = undefined;
  lastPair: LastPair | undefined = undefined;
  private readonly triggerIndex: TriggerIndex<TriggerKind>;
  /** One lowercase copy of the text, when lowercasing keeps offsets (it does for all but a few scripts). */
  private readonly lowerText: string | undefined;
  private found: Triggers | undefined = undefined;
  /** Where the sentence's reporting clause starts after an opening quotation (afterOpeningQuote), once asked. */
  private quoteEnd: number | undefined = undefined;
  // Mentions come in document order (findMentions reads the sentences in turn), so a sentence's
  // mentions are one run of the list, [start, hereTo): no list per sentence to build.
  private hereTo = 0;

  constructor(
    doc: Analysed,
    text: string,
    mentions: Mention[],
    res: Resolution,
    gaz: Gazetteer,
    triggers: TriggerIndex<TriggerKind>,
  ) {
    this.doc = doc;
    this.text = text;
    this.mentions = mentions;
    this.res = res;
    this.gaz = gaz;
    this.s = doc.sentences[0];
    this.triggerIndex = triggers;
    const lowered = text.toLowerCase();
    this.lowerText = lowered.length === text.length ? lowered : undefined;
  }

  /**
   * Moves on to the sentence; false when no rule can find anything in it. Every rule needs two
   * ends in the sentence, unless an earlier sentence's pair ("the two leaders signed …") or
   * source ("… and sent troops to X") carries over.
   */
  enter(s: Sentence): boolean {
    this.s = s;
    this.quoteEnd = undefined;
    const mentions = this.mentions;
    while (this.hereTo < mentions.length && mentions[this.hereTo].sentence < s.index) this.hereTo++;
    const start = this.hereTo;
    while (this.hereTo < mentions.length && mentions[this.hereTo].sentence === s.index) this.hereTo++;
    if (s.headline) return false;
    // No mention, no relation — unless "the two leaders signed …" picks up the previous pair.
    if (start === this.hereTo && !this.nearPair()) return false;
    this.items = sentenceItems(mentions, start, this.hereTo, this.res);
    if (this.items.length < 2 && !this.nearPair() && !this.nearTopic()) return false;
    this.sentLower = this.lower(s.start, s.end);
    this.anyRecipient = this.items.some(receives);
    this.found = undefined;
    return true;
  }

  /**
   * Trigger positions once per sentence, each recipient then takes the last one before it. Scanned
   * on first use only (all kinds in one pass): most sentences never reach a transfer or support check.
   */
  triggers(): Triggers {
    return (this.found ??= scanTriggers(this.sentLower, this.triggerIndex));
  }

  /**
   * The lowercased text of a relation's clause: from `pad` characters before its first end `start` to
   * `end`, within the sentence, and after a quotation that opens it when the relation starts after it:
   * "“We will build it,” A said on a visit to X" — the quotation's "will" is no plan of the visit.
   */
  clause(start: number, end: number, pad = 40): string {
    const s = this.s;
    const quoteEnd = (this.quoteEnd ??= afterOpeningQuote(this.doc, s));
    const after = quoteEnd > s.tokStart && quoteEnd < s.tokEnd ? this.doc.starts[quoteEnd] : s.start;
    // A relation that starts inside the quotation keeps it all: "“A will travel to X,” a spokesman said".
    const from = start >= after ? Math.max(after, start - pad) : Math.max(s.start, start - pad);
    return this.lower(from, Math.min(end, s.end));
  }

  lower(a: number, b: number): string {
    return this.lowerText ? this.lowerText.slice(a, b) : this.text.slice(a, b).toLowerCase();
  }

  startOf(it: Item): number {
    return this.doc.starts[it.from];
  }

  endOf(it: Item): number {
    return this.doc.ends[it.to - 1];
  }

  between(a: Item, b: Item): string {
    return this.lower(this.endOf(a), this.startOf(b));
  }

  clauseAround(a: Item, b: Item): string {
    return this.lower(Math.max(this.s.start, this.startOf(a) - 60), Math.min(this.s.end, this.endOf(b) + 20));
  }

  coordinated(a: Item, b: Item): boolean {
    return COORDINATION.test(this.between(a, b));
  }

  /**
   * A name used as a modifier of the noun after it ("a leaked UN report", "a Shiite terror group") is
   * no actor of the clause; demonyms are ("Iranian drones were delivered …").
   */
  modifier(it: Item): boolean {
    const next = it.to;
    return (
      !it.possessive &&
      this.doc.tags[next] === "NOUN" &&
      (this.doc.initials[next] & INITIAL_LOWER) !== 0 &&
      this.mentions[it.k].via !== "demonym"
    );
  }

  /**
   * Is the word after `it`, though tagged a noun, its verb: the trigger at `pos` itself ("Iran supplies
   * drones"), or a verb taking "to" ("Kenya plans to send")?
   */
  private verbAfter(it: Item, pos: number): boolean {
    const next = it.to;
    if (this.doc.starts[next] === pos) return true;
    return this.doc.lowers[next + 1] === "to" && TAKES_TO.has(this.doc.lowers[next]);
  }

  afterPrep(it: Item): boolean {
    return PREPOSITIONS.has(this.doc.lowers[it.from - 1] ?? "");
  }

  typeOf(id: string): EntityType | undefined {
    return this.res.entities.get(id)?.type;
  }

  /** The state a person acts for; any other entity is its own. */
  asState(id: string): string | undefined {
    return this.typeOf(id) === "Person" ? this.stateOf.get(id) : id;
  }

  /** A place a person travels to: a capital or seat of government stands for its country. */
  visitTarget(id: string): string {
    const e = this.gaz.byId(id);
    return e?.type === "Place" && e.actorFor ? e.actorFor : id;
  }

  /** The pair of the last two sentences' meeting or signing, if any. */
  nearPair(): LastPair | undefined {
    const p = this.lastPair;
    return p && this.s.index - p.sentence <= CARRY ? p : undefined;
  }

  /** The recipient of troops sent in the last two sentences, if any. */
  nearTroopsTo(): string | undefined {
    const t = this.troopsTo;
    return t && this.s.index - t.sentence <= CARRY ? t.id : undefined;
  }

  /** "… delivered helicopters from Russia to Mali": the actor after "from", between the verb and the recipient. */
  sourceFrom(verbAt: number, recipient: Item): Item | undefined {
    const lowers = this.doc.lowers;
    return this.items.find(
      (it) =>
        isActor(it) &&
        this.startOf(it) > verbAt &&
        this.endOf(it) <= this.startOf(recipient) &&
        (lowers[it.from - 1] === "from" || (lowers[it.from - 1] === "the" && lowers[it.from - 2] === "from")),
    );
  }

  /** The source of the last two sentences' transfer, if any. */
  nearTopic(): string | undefined {
    const t = this.topicSource;
    return t && this.s.index - t.sentence <= CARRY ? t.id : undefined;
  }

  push(
    type: RelationType,
    source: string | undefined,
    target: string | undefined,
    clause: string,
    extra: Partial<RawRelation> = {},
  ): void {
    if (!source || !target || source === target) return;
    this.out.push({ type, source, target, sentence: this.s.index, clause, ...extra });
    if (type === "MET" || type === "SIGNED_AGREEMENT")
      this.lastPair = { ids: [source, target], sentence: this.s.index };
  }

  /** Transfers (troops, arms, aid) and support: the source of a trigger at `pos` before the recipient. */
  sourceBefore(pos: number, nearPos?: number): Item | undefined {
    const cands = this.items.filter((it) => this.endOf(it) <= pos && isActor(it));
    // "North Korean troops": a demonym right before the troop noun.
    if (nearPos !== undefined) {
      // "Wagner mercenaries", "Hezbollah fighters": an armed group's name there too.
      const near = cands.find(
        (it) =>
          (it.type === "Country" || it.type === "Organization") &&
          NEAR_TROOP_NOUN.test(this.lower(this.endOf(it), nearPos)) &&
          nearPos - this.endOf(it) < 25,
      );
      if (near) return near;
    }
    // The nearest actor before the trigger that is not the object of a preposition: "Ukraine
    // accused Iran of supplying …" → Iran; "X, which faced sanctions from the UN, sent …" → X.
    const free = cands.filter((it) => !this.afterPrep(it) && (!this.modifier(it) || this.verbAfter(it, pos)));
    return free.filter((it) => !it.pronoun).pop() ?? free.pop();
  }
}

const HIS_HER = new Set(["his", "her"]);
/** Verbs wink may tag a noun after a state's name that take "to" and a verb: "Kenya plans to send". */
const TAKES_TO = new Set(
  `plans wants aims hopes intends seeks needs vows threatens continues agrees refuses tries expects prepares
  promises pledges decides offers`.split(/\s+/),
);

/** Only mentions resolved to an entity of the article are ends. */
function resolved(m: Mention, res: Resolution): boolean {
  return !!m.entityId && res.entities.has(m.entityId);
}

/** The sentence's resolved mentions as relation ends; a title's demonym is part of its person, not an end. */
function sentenceItems(mentions: Mention[], from: number, to: number, res: Resolution): Item[] {
  // Mentions inside another's title prefix; few sentences have any, so the set is made on demand.
  let covered: Set<number> | undefined;
  for (let j = from; j < to; j++) {
    const m = mentions[j];
    if (m.kind === "name" && m.spanStart < m.tokStart && resolved(m, res)) {
      for (let k = from; k < to; k++) {
        const o = mentions[k];
        if (o !== m && resolved(o, res) && o.tokStart >= m.spanStart && o.tokEnd <= m.tokStart)
          (covered ??= new Set()).add(k);
      }
    }
  }
  const items: Item[] = [];
  for (let k = from; k < to; k++) {
    const m = mentions[k];
    if (!resolved(m, res) || covered?.has(k)) continue;
    const ent = res.entities.get(m.entityId!)!;
    items.push({
      k,
      id: ent.id,
      type: ent.type,
      from: m.spanStart,
      to: m.possessive ? m.tokEnd + 1 : m.tokEnd,
      possessive: m.possessive || (m.kind === "pronoun" && HIS_HER.has(m.surface.toLowerCase())),
      pronoun: m.kind === "pronoun",
    });
  }
  return items;
}
