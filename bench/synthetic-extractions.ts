// Extractions for the big-store benchmark, made straight from a synthetic world instead of from text.
// At a world of 100,000+ invented people geokg's extraction runs at ~20 articles/s on the 2-core
// machine (bench/README.md "Big store"), so a store of a million claims cannot be read and extracted
// within a bench run; these extractions skip the NLP and are written by geokg's own writer
// (writeArticles), so the stored graph has exactly the shape an ingest gives it. Like the corpus, the
// i-th article depends only on the seed and i.
import {
  CAMEO,
  type ArticleExtraction,
  type Certainty,
  type Entity,
  type RelationType,
} from "../src/types.js";
import { mulberry32, type SyntheticWorld } from "./synthetic-corpus.js";

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-");

const OUTLETS = ["Northern Wire", "Harbour Post", "Eastern Ledger", "Capital Courier", "Daily Meridian"];
// Mostly affirmed, as in news; denied and planned ones make contested claims and the `all` filters matter.
const CERTAINTY_WEIGHTS: [Certainty, number][] = [
  ["asserted", 0.7],
  ["reported", 0.15],
  ["alleged", 0.05],
  ["planned", 0.05],
  ["denied", 0.05],
];

function certainty(rng: Rng): Certainty {
  let x = rng();
  for (const [c, w] of CERTAINTY_WEIGHTS) if ((x -= w) < 0) return c;
  return "asserted";
}

function isoDay(rng: Rng): string {
  const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(rng() * 3 * 365) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** Entities of a world by index, made on demand (ids as the extractor makes them: `<type>:<slug>`). */
class Actors {
  constructor(private readonly w: SyntheticWorld) {}
  person(i: number): Entity {
    const p = this.w.people[i];
    return { id: `person:${slug(p.name)}`, name: p.name, type: "Person", aliases: [] };
  }
  country(i: number): Entity {
    const c = this.w.countries[i];
    return { id: `country:${slug(c.name)}`, name: c.name, type: "Country", aliases: [c.demonym] };
  }
  org(i: number): Entity {
    const name = this.w.organisations[i];
    return { id: `organization:${slug(name)}`, name, type: "Organization", aliases: [] };
  }
}

interface Draft {
  type: RelationType;
  source: Entity;
  target: Entity;
  extra?: { role?: string; quantity?: number; date?: string };
}

/** One claim-bearing sentence; the person lead of the article is its most frequent actor. */
function draft(rng: Rng, w: SyntheticWorld, a: Actors, lead: number, published: string): Draft {
  const people = w.people.length;
  const p = rng() < 0.5 ? lead : Math.floor(rng() * people);
  const other = Math.floor(rng() * people);
  const c1 = w.countries.indexOf(w.people[p].country);
  let c2 = Math.floor(rng() * w.countries.length);
  if (c2 === c1) c2 = (c2 + 1) % w.countries.length;
  const date = rng() < 0.4 ? published : undefined;
  switch (Math.floor(rng() * 8)) {
    case 0:
    case 1:
      return { type: "MET", source: a.person(p), target: a.person(other), extra: { date } };
    case 2:
      return { type: "VISITED", source: a.person(p), target: a.country(c2), extra: { date } };
    case 3:
      return { type: "SIGNED_AGREEMENT", source: a.country(c1), target: a.country(c2), extra: { date } };
    case 4:
      return {
        type: rng() < 0.5 ? "SENT_TROOPS_TO" : "SUPPLIED_ARMS_TO",
        source: a.country(c1),
        target: a.country(c2),
        extra: { quantity: rng() < 0.3 ? 1000 * (1 + Math.floor(rng() * 12)) : undefined, date },
      };
    case 5:
      return { type: "SUPPORTS", source: a.country(c1), target: a.country(c2) };
    case 6:
      return {
        type: "AFFILIATED_WITH",
        source: a.person(p),
        target: a.country(c1),
        extra: { role: w.people[p].role.toLowerCase() },
      };
    default:
      return {
        type: "AFFILIATED_WITH",
        source: a.person(other),
        target: a.org(Math.floor(rng() * w.organisations.length)),
      };
  }
}

/** The i-th article's extraction: `claims` relations (± a few), entities and mention counts to match. */
export function syntheticExtraction(
  i: number,
  w: SyntheticWorld,
  seed: number,
  claims = 10,
): ArticleExtraction {
  const rng = mulberry32((seed * 2654435761 + i) >>> 0);
  const a = new Actors(w);
  // Every person leads some article (once the corpus has as many articles as the world has people).
  const lead = (i * 7919) % w.people.length;
  const published = isoDay(rng);
  const id = `synthetic-${seed}-${i}`;
  const count = claims - 3 + Math.floor(rng() * 7);
  const entities = new Map<string, Entity>();
  const mentions: Record<string, number> = {};
  const relations: ArticleExtraction["relations"] = [];
  let offset = 0;
  for (let k = 0; k < count; k++) {
    const d = draft(rng, w, a, lead, published);
    if (d.source.id === d.target.id) continue;
    for (const e of [d.source, d.target]) {
      entities.set(e.id, e);
      mentions[e.id] = (mentions[e.id] ?? 0) + 1;
    }
    const sentence = `${d.source.name} ${d.type.toLowerCase().replaceAll("_", " ")} ${d.target.name}.`;
    const c = certainty(rng);
    relations.push({
      id: `${id}:${k}`,
      type: d.type,
      source: d.source.id,
      target: d.target.id,
      certainty: c,
      cameo: CAMEO[d.type],
      evidence: [{ articleId: id, sentence, start: offset, end: offset + sentence.length }],
      ...Object.fromEntries(Object.entries(d.extra ?? {}).filter(([, v]) => v !== undefined)),
    });
    offset += sentence.length + 1;
  }
  return {
    article: {
      id,
      title: `${w.people[lead].name} in talks`,
      source: pick(rng, OUTLETS),
      published,
      url: `https://synthetic.example/${seed}/${i}`,
      contentHash: `synthetic-${seed}-${i}-v1`,
    },
    entities: [...entities.values()],
    mentions,
    relations,
  };
}
