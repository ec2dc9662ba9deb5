// Relation rules over the mentions of each sentence. Each rule looks at the words between two
// mentions (or before one) for a trigger, picks the ends, and takes certainty and date from the
// clause. Pronouns count as the person they refer to; capitals used as actors as their state.
import type { Article, EntityType, RelationType } from "../types.js";
import type { Gazetteer } from "./gazetteer/index.js";
import type { Analysed, Sentence } from "./nlp.js";
import type { Mention } from "./mentions.js";
import type { Resolution } from "./resolve.js";
import { PREPOSITIONS } from "./lexicon.js";
import { certaintyOf } from "./certainty.js";
import { scanTriggers, triggerIndex, words, type WordHit } from "./trigger-words.js";

export interface RawRelation {
  type: RelationType;
  source: string;
  target: string;
  sentence: number;
  /** Text the certainty is judged on. */
  clause: string;
  role?: string;
  quantity?: number;
}

interface Item {
  k: number;
  id: string;
  type: EntityType;
  /** First token (title prefix included) and token after the mention (possessive included). */
  from: number;
  to: number;
  possessive: boolean;
  pronoun: boolean;
}

const MET =
  /\b(?:met|meets|meet|meeting|held talks|holds talks|hold talks|holding talks|talks with|talked with|talked to|spoke with|spoke to|speaks with|received|receives|receiving|greeted|greets|greeting|hosted|hosts|hosting|welcomed|welcomes|engaged in (?:[a-z-]+ )*?(?:discussions|talks|dialogue) with|had (?:[a-z-]+ )*?(?:discussions|talks|a meeting|a call|a phone call|a conversation) with|discussions with|conferred with|shook hands with|sat down with|phone call with|summit with|encounter with)\b/;
const MET_AFTER =
  /^\s*(?:had |have |has |also |then |finally |recently |first |will |would |later |are to |to )*(?:met|meet|meets|meeting|held talks|hold talks|holding talks|talked|spoke|shook hands|sat down|had talks|had a meeting|are meeting|were meeting|conferred)\b/;
const MET_BEFORE =
  /\b(?:meeting|meetings|talks|summit|encounter|discussions|conversation|call|handshake)\s+(?:between|of)\s+(?:the\s+)?$/;
const MET_LEAD =
  /\b(?:before|after|during|while|when|since)\s+(?:his |her |their )?(?:meeting|talks|meetings)\s+with\s+$/;
const VISIT =
  /\b(?:visited|visits|visiting|visit to|visit of|arrived in|arrives in|arriving in|arrival in|travell?ed to|travels to|travell?ing to|travel to|trip to|journey to|tour of|toured|flew to|flown to|landed in|went to|came to|stay in|visit)\s+(?:the\s+)?$/;
const SEND = words(`
  sent send sends sending dispatched dispatch dispatches dispatching deployed deploy deploys deploying
`);
const TROOPS =
  /\b(?:troops|soldiers|forces|servicemen|personnel|fighters|units|battalions|brigades|contingent)\b/;
const SUPPLY = words(`
  supplied supplies supply supplying provided provides provide providing delivered delivers deliver
  delivering shipped ships shipping sold sells sell selling transferred transfers transfer
  transferring gave given give gives giving sent send sends sending exported exports export exporting
`);
const ARMS =
  /\b(?:arms|weapons?|weaponry|munitions|ammunition|shells|missiles?|artillery|rockets|drones|tanks|rifles|military equipment|military hardware|military technology|military technologies|military aid|warheads|launchers|(?:air|missile) defen[cs]e|fighter jets|warplanes)\b/;
const AID = /\b(?:aid|assistance|support|help|backing|supplies)\b/;
const TO_END =
  /\b(?:to|into|toward|towards)\s+(?:support\s+|help\s+|aid\s+|assist\s+|bolster\s+|back\s+)?(?:the\s+)?$/;
const SUPPORT = words(`
  support supports supported supporting backing backed backs back ally allies assistance aid help
  helped helps solidarity
`);
const SUPPORT_FILLER_BAD =
  /\b(?:in|against|with|on|at|from|amid|amidst|by|over|than|war|conflict|and|or|but|to)\b/;
const MATERIAL =
  /\b(?:military|troops?|economic|financial|material|providing|provided|provide|provides|contribut\w*|sending|sent|send|arms|weapons|supply\w*|aid)\b/;
const VERBAL =
  /\b(?:expressed|expresses|express|voiced|voices|reaffirmed|reaffirms|reiterated|reiterates|pledged|pledges|declared|declares|showing|showed|shows|stated|states|thanked|praised)\b/;
const SIGN = words(`
  signed sign signs signing formalised formalized formalise formalize concluded conclude inked ink struck
  clinched ratified
`);
const AGREEMENT = words(`
  treaty agreement agreements pact accord deal memorandum protocol partnership charter declaration document
  documents
`);

const MET_G = new RegExp(MET.source, "g");
const TRIGGERS = triggerIndex({
  send: SEND,
  supply: SUPPLY,
  support: SUPPORT,
  sign: SIGN,
  agreement: AGREEMENT,
});
type Triggers = Record<(typeof TRIGGERS.kinds)[number], readonly WordHit[]>;
const NO_HITS: readonly WordHit[] = [];

/** A meeting trigger whose object is the next mention: nothing but a short phrase after it ("a delegation led by"). */
function metTrigger(between: string): boolean {
  // The last match, without collecting them all.
  let last: RegExpExecArray | null = null;
  MET_G.lastIndex = 0;
  for (let m = MET_G.exec(between); m; m = MET_G.exec(between)) last = m;
  if (!last) return false;
  const rest = between.slice(last.index + last[0].length);
  return /^[^,;:()]{0,45}$/.test(rest);
}

export function findRelations(
  doc: Analysed,
  article: Article,
  mentions: Mention[],
  res: Resolution,
  gaz: Gazetteer,
): RawRelation[] {
  const out: RawRelation[] = [];
  const text = article.text;
  const typeOf = (id: string): EntityType | undefined => res.entities.get(id)?.type;

  // Affiliations first: state-level rules map a person acting for a state onto it.
  const stateOf = new Map<string, string>();
  mentions.forEach((m) => {
    if (!m.entityId || typeOf(m.entityId) !== "Person" || m.kind !== "name") return;
    const add = (aff: number, role?: string): void => {
      const target = mentions[aff]?.entityId;
      if (!target || target === m.entityId) return;
      out.push({
        type: "AFFILIATED_WITH",
        source: m.entityId!,
        target,
        sentence: m.sentence,
        clause: text.slice(doc.starts[m.spanStart], doc.ends[m.tokEnd - 1]),
        role,
      });
      if (typeOf(target) === "Country" && !stateOf.has(m.entityId!)) stateOf.set(m.entityId!, target);
    };
    if (m.affiliation !== undefined) add(m.affiliation, m.role);
    if (m.extra) add(m.extra.affiliation, m.extra.role);
  });
  for (const [id] of res.entities) {
    if (typeOf(id) !== "Person" || stateOf.has(id)) continue;
    const e = gaz.byId(id);
    const of = e?.roles?.find((r) => gaz.byId(r.of)?.type === "Country")?.of ?? e?.country;
    if (of) stateOf.set(id, of);
  }
  const asState = (id: string): string | undefined => (typeOf(id) === "Person" ? stateOf.get(id) : id);
  // A place a person travels to: a capital or seat of government stands for its country.
  const visitTarget = (id: string): string => {
    const e = gaz.byId(id);
    return e?.type === "Place" && e.actorFor ? e.actorFor : id;
  };

  let topicSource: { id: string; sentence: number } | undefined;
  let lastPair: { ids: string[]; sentence: number } | undefined;

  // One lowercase copy of the text, when lowercasing keeps offsets (it does for all but a few scripts).
  const lowered = text.toLowerCase();
  const lowerText = lowered.length === text.length ? lowered : undefined;
  // Mentions come in document order (findMentions reads the sentences in turn), so a sentence's
  // mentions are one run of the list, [hereFrom, hereTo): no list per sentence to build.
  let hereTo = 0;
  // The sentence the rules look at, and its state. The helpers below are made once per article
  // and read these, rather than made anew for every sentence: closures per sentence were a large
  // share of the garbage extraction leaves behind.
  let s: Sentence = doc.sentences[0];
  let items: Item[] = [];
  // Trigger positions once per sentence; each recipient then takes the last one before it.
  let sentLower = "";
  // Transfer and support rules need a state, organisation or place to receive; most sentences have none.
  let anyRecipient = false;
  let found: Triggers | undefined;
  const lower = (a: number, b: number): string =>
    lowerText ? lowerText.slice(a, b) : text.slice(a, b).toLowerCase();
  // Scanned on first use only (all three kinds in one pass): most sentences never reach a
  // transfer or support check.
  const triggers = (): Triggers => (found ??= scanTriggers(sentLower, TRIGGERS));
  const sendAt = (): readonly WordHit[] => (anyRecipient ? triggers().send : NO_HITS);
  const supplyAt = (): readonly WordHit[] => (anyRecipient ? triggers().supply : NO_HITS);
  const supportAt = (): readonly WordHit[] => (items.length ? triggers().support : NO_HITS);
  const lastBefore = (list: readonly WordHit[], end: number): WordHit | undefined => {
    let last: WordHit | undefined;
    for (const m of list) {
      if (m.index + m[0].length <= end) last = m;
      else break;
    }
    return last;
  };
  const startOf = (it: Item): number => doc.starts[it.from];
  const endOf = (it: Item): number => doc.ends[it.to - 1];
  const between = (a: Item, b: Item): string => lower(endOf(a), startOf(b));
  const clauseAround = (a: Item, b: Item): string =>
    lower(Math.max(s.start, startOf(a) - 60), Math.min(s.end, endOf(b) + 20));
  const push = (
    type: RelationType,
    source: string | undefined,
    target: string | undefined,
    clause: string,
    extra: Partial<RawRelation> = {},
  ): void => {
    if (!source || !target || source === target) return;
    out.push({ type, source, target, sentence: s.index, clause, ...extra });
    if (type === "MET" || type === "SIGNED_AGREEMENT")
      lastPair = { ids: [source, target], sentence: s.index };
  };
  const isPerson = (it: Item): boolean => it.type === "Person";
  const isActor = (it: Item): boolean => it.type !== "Place";
  const coordinated = (a: Item, b: Item): boolean => /^\s*(?:,|and|&|, and)\s*$/.test(between(a, b));
  const afterPrep = (it: Item): boolean => PREPOSITIONS.has(doc.lowers[it.from - 1] ?? "");
  // Transfers (troops, arms, aid) and support: the source of a trigger before the recipient.
  const sourceBefore = (pos: number, nearPos?: number): Item | undefined => {
    const cands = items.filter((it) => endOf(it) <= pos && isActor(it));
    // "North Korean troops": a demonym right before the troop noun.
    if (nearPos !== undefined) {
      const near = cands.find(
        (it) =>
          it.type === "Country" &&
          /^\s*(?:[\d,]+\s+|some\s+|more\s+)?(?:[a-z-]+\s+)?$/.test(lower(endOf(it), nearPos)) &&
          nearPos - endOf(it) < 25,
      );
      if (near) return near;
    }
    // The nearest actor before the trigger that is not the object of a preposition: "Ukraine
    // accused Iran of supplying …" → Iran; "X, which faced sanctions from the UN, sent …" → X.
    const free = cands.filter((it) => !afterPrep(it));
    return free.filter((it) => !it.pronoun).pop() ?? free.pop();
  };
  for (const sentence of doc.sentences) {
    s = sentence;
    while (hereTo < mentions.length && mentions[hereTo].sentence < s.index) hereTo++;
    const hereFrom = hereTo;
    while (hereTo < mentions.length && mentions[hereTo].sentence === s.index) hereTo++;
    if (s.headline) continue;
    // No mention, no relation — unless "the two leaders signed …" picks up the previous pair.
    if (hereFrom === hereTo && !(lastPair && s.index - lastPair.sentence <= 2)) continue;
    items = sentenceItems(mentions, hereFrom, hereTo, res);
    // Every rule needs two ends in the sentence, unless an earlier sentence's pair ("the two
    // leaders signed …") or source ("… and sent troops to X") carries over.
    if (
      items.length < 2 &&
      !(lastPair && s.index - lastPair.sentence <= 2) &&
      !(topicSource && s.index - topicSource.sentence <= 2)
    )
      continue;
    sentLower = lower(s.start, s.end);
    anyRecipient = items.some((it) => it.type !== "Person");
    found = undefined;

    // MET
    for (let j = 0; j < items.length; j++) {
      const b = items[j];
      if (!isPerson(b)) continue;
      let gs = j;
      while (gs > 0 && isPerson(items[gs - 1]) && coordinated(items[gs - 1], items[gs])) gs--;
      for (let i = 0; i < gs; i++) {
        const a = items[i];
        if (!isPerson(a) || a.id === b.id) continue;
        const others = items.slice(i + 1, gs).some((x) => isPerson(x) && x.id !== a.id && x.id !== b.id);
        const btw = between(a, items[gs]);
        if (!others && btw.length < 160 && metTrigger(btw)) push("MET", a.id, b.id, clauseAround(a, b));
        if (btw.trim() === "," && MET_LEAD.test(lower(Math.max(s.start, startOf(a) - 40), startOf(a))))
          push("MET", a.id, b.id, clauseAround(a, b));
      }
      // "A and B met", "meeting between A and B"
      if (gs < j) {
        const group = items.slice(gs, j + 1).filter(isPerson);
        const after = lower(endOf(b), s.end);
        const before = lower(Math.max(s.start, startOf(items[gs]) - 40), startOf(items[gs]));
        if (MET_AFTER.test(after) || MET_BEFORE.test(before)) {
          const clause = before + lower(startOf(items[gs]), Math.min(s.end, endOf(b) + 30));
          for (let x = 0; x < group.length; x++)
            for (let y = x + 1; y < group.length; y++) push("MET", group[x].id, group[y].id, clause);
        }
      }
    }

    // VISITED
    for (let j = 0; j < items.length; j++) {
      const b = items[j];
      if (b.type !== "Country" && b.type !== "Place") continue;
      for (let i = j - 1; i >= 0; i--) {
        const a = items[i];
        if (!isPerson(a)) continue;
        const btw = between(a, b);
        if (btw.length < 120 && VISIT.test(btw) && !items.slice(i + 1, j).some(isPerson))
          push("VISITED", a.id, visitTarget(b.id), clauseAround(a, b));
        break;
      }
    }

    // Transfers (troops, arms, aid) and support, anchored on the recipient. Every rule of the loop
    // starts from a trigger word; a sentence with none of them is passed over whole.
    const transfers = sendAt().length > 0 || supplyAt().length > 0 || supportAt().length > 0;
    for (let j = 0; transfers && j < items.length; j++) {
      const b0 = items[j];
      // "… to Pyongyang": a capital receiving troops, arms or support stands for its state.
      const capitalState = b0.type === "Place" ? gaz.byId(b0.id)?.actorFor : undefined;
      const b: Item = capitalState ? { ...b0, id: capitalState, type: "Country" } : b0;
      const pre = lower(s.start, startOf(b));
      const preStart = s.start;
      const tail = lower(endOf(b), s.end);
      // SENT_TROOPS_TO
      if (b.type !== "Person") {
        const v = lastBefore(sendAt(), pre.length);
        if (v && v.index !== undefined && TO_END.test(pre) && pre.length - v.index < 90) {
          const span = pre.slice(Math.max(0, v.index - 50));
          const troop = TROOPS.exec(span);
          if (troop) {
            const troopAt = preStart + Math.max(0, v.index - 50) + troop.index;
            const src = sourceBefore(preStart + v.index, troopAt) ?? sourceBefore(troopAt, troopAt);
            const qty = /(\d[\d,]*)\s+(?:[a-z-]+\s+){0,3}(?:troops|soldiers)/.exec(span);
            const from = src
              ? asState(src.id)
              : topicSource && s.index - topicSource.sentence <= 2
                ? topicSource.id
                : undefined;
            if (from && (!src || startOf(src) < preStart + v.index || troopAt < preStart + v.index)) {
              push(
                "SENT_TROOPS_TO",
                from,
                asState(b.id) ?? b.id,
                lower(Math.max(s.start, preStart + v.index - 60), endOf(b)),
                qty ? { quantity: Number(qty[1].replace(/,/g, "")) } : {},
              );
              topicSource = { id: from, sentence: s.index };
            }
          }
        }
        // SUPPLIED_ARMS_TO and aid: "A supplied arms to B", "A supplied B with shells", passives.
        const w = lastBefore(supplyAt(), pre.length);
        if (w && w.index !== undefined && pre.length - w.index < 120 && isActor(b)) {
          const direct =
            /^\s*$/.test(pre.slice(w.index + w[0].length)) && /^\s*(?:['’]s\s+[a-z-]+\s+)?with\b/.test(tail);
          if (TO_END.test(pre) || direct) {
            const theme = pre.slice(Math.max(0, w.index - 60)) + " " + tail;
            const src = sourceBefore(preStart + w.index);
            const from = src
              ? asState(src.id)
              : topicSource && s.index - topicSource.sentence <= 2
                ? topicSource.id
                : undefined;
            // Modality sits before the verb ("plans to supply"); what follows the recipient is a consequence.
            const clause = lower(Math.max(s.start, preStart + w.index - 60), endOf(b));
            if (from && ARMS.test(theme)) {
              push("SUPPLIED_ARMS_TO", from, asState(b.id) ?? b.id, clause);
              topicSource = { id: from, sentence: s.index };
            }
            if (from && AID.test(theme) && /provid|gave|give|giv|offer|extend|sent|send/.test(w[0]))
              push("SUPPORTS", from, asState(b.id) ?? b.id, clause);
          }
        }
      }
      // SUPPORTS: "A's support for B", "A backed B", "an ally for B", "sent troops to support B"
      const t = lastBefore(supportAt(), pre.length);
      if (t && t.index !== undefined && isActor(b)) {
        const rest = pre.slice(t.index + t[0].length);
        const m = /^\s*(?:for|of|to)?\s*((?:[\w’'-]+\s+){0,4})$/.exec(rest);
        const trigAt = preStart + t.index;
        const between = items.some((x) => startOf(x) >= trigAt && endOf(x) <= startOf(b));
        if (m && !SUPPORT_FILLER_BAD.test(m[1]) && !between) {
          // The supporter: a possessor right before the trigger, else the clause subject.
          const head = pre.slice(Math.max(0, t.index - 40), t.index);
          const poss = items.find(
            (x) =>
              endOf(x) <= trigAt &&
              (x.possessive || x.pronoun) &&
              /^\s*(?:[a-z-]+\s+){0,2}$/.test(lower(endOf(x), trigAt)),
          );
          const their = /\b(?:their|its|our|your)\s+(?:[a-z-]+\s+){0,2}$/.test(head);
          let src: Item | undefined = poss ?? (their ? undefined : sourceBefore(trigAt));
          if (src && src.pronoun && !poss) src = undefined;
          if (src) {
            const context = lower(Math.max(s.start, trigAt - 40), trigAt + t[0].length);
            const material =
              MATERIAL.test(context) && !VERBAL.test(lower(Math.max(s.start, trigAt - 40), trigAt));
            const from =
              isPerson(src) && material && !/\b(?:ally|allies)\b/.test(t[0]) ? asState(src.id) : src.id;
            push("SUPPORTS", from, b.id, lower(Math.max(s.start, trigAt - 60), endOf(b)));
          }
        }
      }
    }

    // SIGNED_AGREEMENT: the parties of "A and B signed a treaty", "a treaty between A and B", "A signed … with B".
    const sl = sentLower;
    if (triggers().sign.length && triggers().agreement.length) {
      const actors = items.filter((it) => it.type !== "Place");
      let parties: Item[] = [];
      for (let i = 0; i < actors.length && parties.length < 2; i++) {
        const group = [actors[i]];
        while (i + 1 < actors.length && coordinated(actors[i], actors[i + 1])) group.push(actors[++i]);
        const ids = new Set(group.map((g) => asState(g.id) ?? g.id));
        if (ids.size >= 2) parties = group;
      }
      if (parties.length < 2) {
        const withAt =
          /\b(?:signed|sign|signs|signing|concluded|inked|struck|formali[sz]ed)\b[^.]*?\bwith\s+(?:the\s+)?$/;
        for (const b of actors) {
          if (withAt.test(lower(s.start, startOf(b)))) {
            const a = actors.find((x) => endOf(x) <= startOf(b) && !afterPrep(x));
            if (a) parties = [a, b];
            break;
          }
        }
      }
      let partyIds = parties.map((p) => p.id);
      // "The two leaders signed …": the pair the previous sentence was about.
      if (
        partyIds.length < 2 &&
        /\b(?:the two|both) (?:leaders|sides|countries|nations|governments|ministers|presidents)\b/.test(
          sl,
        ) &&
        lastPair &&
        s.index - lastPair.sentence <= 2
      ) {
        partyIds = lastPair.ids;
      }
      const states = [...new Set(partyIds.map((p) => asState(p)).filter((x): x is string => !!x))];
      for (let x = 0; x < states.length; x++)
        for (let y = x + 1; y < states.length; y++) push("SIGNED_AGREEMENT", states[x], states[y], sl);
    }
  }
  return out;
}

/** The sentence's resolved mentions as relation ends; a title's demonym is part of its person, not an end. */
function sentenceItems(mentions: Mention[], from: number, to: number, res: Resolution): Item[] {
  // Only mentions resolved to an entity of the article are ends.
  const resolved = (m: Mention): boolean => !!m.entityId && res.entities.has(m.entityId);
  // Mentions inside another's title prefix; few sentences have any, so the set is made on demand.
  let covered: Set<number> | undefined;
  for (let j = from; j < to; j++) {
    const m = mentions[j];
    if (m.kind === "name" && m.spanStart < m.tokStart && resolved(m)) {
      for (let k = from; k < to; k++) {
        const o = mentions[k];
        if (o !== m && resolved(o) && o.tokStart >= m.spanStart && o.tokEnd <= m.tokStart)
          (covered ??= new Set()).add(k);
      }
    }
  }
  const items: Item[] = [];
  for (let k = from; k < to; k++) {
    const m = mentions[k];
    if (!resolved(m) || covered?.has(k)) continue;
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

const HIS_HER = new Set(["his", "her"]);

export { certaintyOf };
