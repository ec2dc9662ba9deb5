// The pure half of corrections: from the active corrections, in their order, what every entity id and
// claim end becomes, which entity names, types, aliases and QIDs are overridden, and each claim's
// verdict. Both the ingest (an article's extraction, `correctExtraction`) and the store-side
// reconciliation (`reconcile.ts`) ask this one object, so a correction means the same on either path.
import { canonicalEnds, type Entity, type EntityType } from "../types.js";
import { byTime, type Correction } from "./model.js";

type Verdict = Extract<Correction, { op: "reject" | "confirm" }>;
export type RelateCorrection = Extract<Correction, { op: "relate" }>;
type Move = Extract<Correction, { op: "merge" | "split" }>;

interface Override {
  name?: string;
  type?: EntityType;
  wikidata?: string | null;
  add: Set<string>;
  remove: Set<string>;
}

/** Claim properties a verdict sets; `VERDICT_PROPS` lists every one so reconciliation can clear them. */
export const VERDICT_PROPS = [
  "rejected",
  "rejectedBy",
  "rejectedAt",
  "rejectedNote",
  "rejectedIn",
  "verified",
  "verifiedBy",
  "verifiedAt",
  "verifiedNote",
  "verifiedIn",
] as const;

export function verdictProps(v: Verdict): Record<string, string | boolean> {
  return v.op === "reject"
    ? { rejected: true, rejectedBy: v.author, rejectedAt: v.at, rejectedNote: v.note, rejectedIn: v.id }
    : { verified: true, verifiedBy: v.author, verifiedAt: v.at, verifiedNote: v.note, verifiedIn: v.id };
}

export function manualClaimId(c: RelateCorrection): string {
  return `manual:${c.id}`;
}

export class CorrectionPlan {
  /** Active (not undone) corrections in application order. */
  readonly active: Correction[];
  private readonly moves: Move[];
  private readonly splitClaims = new Set<string>();
  private readonly overrides = new Map<string, Override>();
  private readonly known = new Map<string, Entity>();
  private readonly verdicts = new Map<string, Verdict>();
  private readonly resolved = new Map<string, string>();

  constructor(all: readonly Correction[]) {
    this.active = all.filter((c) => !c.undoneAt).sort(byTime);
    this.moves = this.active.filter((c): c is Move => c.op === "merge" || c.op === "split");
    for (const c of this.active) this.take(c);
  }

  private override(id: string): Override {
    let o = this.overrides.get(id);
    if (!o) this.overrides.set(id, (o = { add: new Set(), remove: new Set() }));
    return o;
  }

  private take(c: Correction): void {
    switch (c.op) {
      case "merge":
        this.known.set(c.args.into, { ...c.args.intoEntity });
        for (const n of [c.args.fromEntity.name, ...c.args.fromEntity.aliases])
          this.override(c.args.into).add.add(n);
        return;
      case "split":
        this.known.set(c.args.newEntity.id, { ...c.args.newEntity });
        for (const id of c.args.claims) this.splitClaims.add(id);
        if (c.args.alias) this.override(c.args.entity).remove.add(c.args.newEntity.name);
        return;
      case "rename": {
        const o = this.override(c.args.entity);
        o.add.add(c.args.before.name);
        o.remove.delete(c.args.before.name);
        o.name = c.args.name;
        return;
      }
      case "retype":
        this.override(c.args.entity).type = c.args.type;
        return;
      case "alias": {
        const o = this.override(c.args.entity);
        for (const a of c.args.add) {
          o.remove.delete(a);
          o.add.add(a);
        }
        for (const a of c.args.remove) {
          o.add.delete(a);
          o.remove.add(a);
        }
        return;
      }
      case "qid":
        this.override(c.args.entity).wikidata = c.args.qid;
        return;
      case "reject":
      case "confirm":
        // The later verdict wins: confirming a rejected claim restores it.
        this.verdicts.set(c.args.claim, c);
        return;
      case "relate":
        return;
    }
  }

  get empty(): boolean {
    return this.active.length === 0;
  }

  /** Where an entity id ends up after every merge (splits move chosen claims only, see `endOf`). */
  resolve(id: string): string {
    const hit = this.resolved.get(id);
    if (hit !== undefined) return hit;
    let cur = id;
    for (const m of this.moves) if (m.op === "merge" && m.args.from === cur) cur = m.args.into;
    this.resolved.set(id, cur);
    return cur;
  }

  /** The entity a claim's end, stored or extracted as `raw`, now names. */
  endOf(claimId: string, raw: string): string {
    if (!this.splitClaims.has(claimId)) return this.resolve(raw);
    let cur = raw;
    for (const m of this.moves) {
      if (m.op === "merge" && m.args.from === cur) cur = m.args.into;
      else if (m.op === "split" && m.args.entity === cur && m.args.claims.includes(claimId))
        cur = m.args.newEntity.id;
    }
    return cur;
  }

  /** A claim's corrected ends, in canonical order. */
  ends(claim: { id: string; type: Parameters<typeof canonicalEnds>[0] }, source: string, target: string) {
    return canonicalEnds(claim.type, this.endOf(claim.id, source), this.endOf(claim.id, target));
  }

  verdict(claimId: string): Verdict | undefined {
    return this.verdicts.get(claimId);
  }

  verdictEntries(): [string, Verdict][] {
    return [...this.verdicts.entries()];
  }

  relations(): RelateCorrection[] {
    return this.active.filter((c): c is RelateCorrection => c.op === "relate");
  }

  /** Entities merged away, as they were: seeded into the entity registry so their names still resolve to them (and on to the survivor). */
  mergedAway(): Entity[] {
    return this.moves.flatMap((m) => (m.op === "merge" ? [{ ...m.args.fromEntity }] : []));
  }

  /** An entity this plan can describe without the store (a merge survivor, a split's new entity). */
  knownEntity(id: string): Entity | undefined {
    const e = this.known.get(id);
    return e ? this.apply({ ...e, aliases: [...e.aliases] }) : undefined;
  }

  /** Name, type, aliases and QID overrides applied to an entity (under its final id). */
  apply(e: Entity): Entity {
    const o = this.overrides.get(e.id);
    if (!o) return e;
    const name = o.name ?? e.name;
    const aliases = [...new Set([...e.aliases, e.name, ...o.add])].filter(
      (a) => a !== name && !o.remove.has(a),
    );
    const out: Entity = { id: e.id, name, type: o.type ?? e.type, aliases };
    const wikidata = o.wikidata === undefined ? e.wikidata : (o.wikidata ?? undefined);
    if (wikidata) out.wikidata = wikidata;
    return out;
  }

  /** The override fields the store must hold for an entity, or undefined when none. */
  overrideOf(
    id: string,
  ):
    | { name?: string; type?: EntityType; wikidata?: string | null; remove: string[]; add: string[] }
    | undefined {
    const o = this.overrides.get(id);
    return o && { name: o.name, type: o.type, wikidata: o.wikidata, remove: [...o.remove], add: [...o.add] };
  }

  /** Every entity id some active correction overrides. */
  overridden(): string[] {
    return [...this.overrides.keys()];
  }
}
