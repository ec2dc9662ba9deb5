// The big store's bulk load: neo4j-admin import files made from synthetic extractions with geokg's own
// row and aggregate code (articleRows, aggregateClaims, edgeLine), so the graph has the shape an ingest
// gives it, then `neo4j-admin database import full` from the managed module's classpath into the
// managed home before its first start. Writing a million claims through writeArticles ran at ~30
// articles/s on the shared 2-core machine (bench/README.md "Big store"): over an hour.
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { csvField } from "../src/csv-field.js";
import { articleRows, type EntityRow } from "../src/store/article-rows.js";
import { aggregateClaims, keyString, type ClaimFacts, type AggregateKey } from "../src/graph/aggregate.js";
import type { Reliability } from "../src/graph/source-reliability.js";
import { edgeLine } from "../src/store/edge-line.js";
import { MODULE_JAR, MODULE_LIB } from "../src/store/neo4j/paths.js";
import { requireJava } from "../src/store/neo4j/tools.js";
import type { Dispute } from "../src/types.js";
import type { SyntheticWorld } from "./synthetic-corpus.js";
import { syntheticExtraction } from "./synthetic-extractions.js";

/** A CSV file written row by row; array cells use the import tool's default delimiter `;`. */
class Csv {
  private readonly out: WriteStream;
  constructor(
    readonly file: string,
    header: string[],
  ) {
    this.out = createWriteStream(file);
    this.out.write(`${header.join(",")}\n`);
  }
  async row(cells: unknown[]): Promise<void> {
    if (!this.out.write(`${cells.map(cell).join(",")}\n`)) await once(this.out, "drain");
  }
  async close(): Promise<void> {
    this.out.end();
    await once(this.out, "finish");
  }
}

function cell(v: unknown): string {
  if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) return "";
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return csvField(v.map((x) => String(x).replaceAll(";", ",")).join(";"), true);
  return csvField(String(v), true);
}

interface Pass1 {
  entities: Map<string, EntityRow>;
  /** Contested claims → their disputes (every other claim is stored uncontested). */
  disputes: Map<string, Dispute[]>;
  aggregates: number;
}

const AGGREGATE_HEADER = [
  ":START_ID(Entity)",
  ":END_ID(Entity)",
  ":TYPE",
  "id",
  "cameo",
  "symmetric:boolean",
  "certainty",
  "certainties:string[]",
  "happened:boolean",
  "contested:boolean",
  "articles:long",
  "outlets:long",
  "articleIds:string[]",
  "claimIds:string[]",
  "dates:string[]",
  "firstDate",
  "lastDate",
  "firstReported",
  "lastReported",
  "roles:string[]",
  "validFrom",
  "validTo",
  "quantities:long[]",
  "weight:double",
  "disputes:string[]",
  "line",
];

/** First pass: every claim's facts grouped by key → the aggregates (written here) and the disputes. */
async function aggregates(dir: string, n: number, w: SyntheticWorld, seed: number, rel: Reliability) {
  const byKey = new Map<string, { key: AggregateKey; facts: ClaimFacts[] }>();
  const entities = new Map<string, EntityRow>();
  for (let i = 0; i < n; i++) {
    const rows = articleRows([syntheticExtraction(i, w, seed)]);
    for (const e of rows.entities) if (!entities.has(e.id)) entities.set(e.id, e);
    for (const f of rows.facts) {
      const k = keyString(f);
      const group = byKey.get(k);
      if (group) group.facts.push(f);
      else byKey.set(k, { key: { type: f.type, source: f.source, target: f.target }, facts: [f] });
    }
  }
  const out = new Csv(join(dir, "aggregates.csv"), AGGREGATE_HEADER);
  const disputes = new Map<string, Dispute[]>();
  for (const { key, facts } of byKey.values()) {
    const r = aggregateClaims(key, facts, rel);
    for (const [id, d] of r.disputes) disputes.set(id, d);
    const p = r.props;
    await out.row([
      key.source,
      key.target,
      key.type,
      p.id,
      p.cameo,
      p.symmetric,
      p.certainty,
      p.certainties,
      p.happened,
      p.contested,
      p.articles,
      p.outlets,
      p.articleIds,
      p.claimIds,
      p.dates,
      p.firstDate,
      p.lastDate,
      p.firstReported,
      p.lastReported,
      p.roles,
      p.validFrom,
      p.validTo,
      p.quantities,
      p.weight,
      p.disputes,
      edgeLine(key, p),
    ]);
  }
  await out.close();
  return { entities, disputes, aggregates: byKey.size } satisfies Pass1;
}

/** Second pass: the articles, claims and their links, the claims' contested flags from pass 1. */
async function articlesAndClaims(dir: string, n: number, w: SyntheticWorld, seed: number, p1: Pass1) {
  const ingestedAt = new Date().toISOString();
  const articles = new Csv(join(dir, "articles.csv"), [
    "id:ID(Article)",
    ":LABEL",
    "title",
    "url",
    "source",
    "published",
    "contentHash",
    "ingestedAt:datetime",
  ]);
  const claims = new Csv(join(dir, "claims.csv"), [
    "id:ID(Claim)",
    ":LABEL",
    "type",
    "source",
    "target",
    "certainty",
    "date",
    "role",
    "quantity:long",
    "validFrom",
    "validTo",
    "cameo",
    "articleId",
    "sentences:string[]",
    "starts:long[]",
    "ends:long[]",
    "contested:boolean",
    "disputes:string[]",
  ]);
  const mentions = new Csv(join(dir, "mentions.csv"), [
    ":START_ID(Article)",
    ":END_ID(Entity)",
    "count:long",
  ]);
  const asserts = new Csv(join(dir, "asserts.csv"), [":START_ID(Article)", ":END_ID(Claim)"]);
  const ends = new Csv(join(dir, "ends.csv"), [":START_ID(Claim)", ":END_ID(Entity)", ":TYPE"]);
  let claimCount = 0;
  for (let i = 0; i < n; i++) {
    const rows = articleRows([syntheticExtraction(i, w, seed)]);
    for (const a of rows.articles) {
      const q = a.props;
      await articles.row([q.id, "Article", q.title, q.url, q.source, q.published, q.contentHash, ingestedAt]);
    }
    for (const m of rows.mentions) await mentions.row([m.article, m.entity, m.count]);
    for (const c of rows.claims) {
      const q = c.props;
      const d = p1.disputes.get(q.id) ?? null;
      await claims.row([
        q.id,
        "Claim",
        q.type,
        q.source,
        q.target,
        q.certainty,
        q.date,
        q.role,
        q.quantity,
        q.validFrom,
        q.validTo,
        q.cameo,
        q.articleId,
        q.sentences,
        q.starts,
        q.ends,
        d !== null,
        d,
      ]);
      await asserts.row([c.articleId, q.id]);
      await ends.row([q.id, c.source, "SUBJECT"]);
      await ends.row([q.id, c.target, "OBJECT"]);
      claimCount++;
    }
  }
  await Promise.all([articles, claims, mentions, asserts, ends].map((f) => f.close()));
  return claimCount;
}

async function entitiesCsv(dir: string, entities: Map<string, EntityRow>): Promise<void> {
  const out = new Csv(join(dir, "entities.csv"), [
    "id:ID(Entity)",
    ":LABEL",
    "name",
    "type",
    "aliases:string[]",
  ]);
  for (const e of entities.values()) await out.row([e.id, `Entity;${e.type}`, e.name, e.type, e.aliases]);
  await out.close();
}

export interface ImportFigures {
  csvSeconds: number;
  importSeconds: number;
  claims: number;
  entities: number;
  aggregates: number;
}

/**
 * Writes the import files for `n` synthetic articles into `dir` and imports them into the managed home
 * `home` (which must not hold a database yet: the import makes it).
 */
export async function bulkImport(
  dir: string,
  home: string,
  n: number,
  world: SyntheticWorld,
  seed: number,
  reliability: Reliability,
): Promise<ImportFigures> {
  const t0 = performance.now();
  const p1 = await aggregates(dir, n, world, seed, reliability);
  await entitiesCsv(dir, p1.entities);
  const claims = await articlesAndClaims(dir, n, world, seed, p1);
  const csvSeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const f = (name: string) => join(dir, name);
  // The managed home has Neo4j's standard layout (data/databases, data/transactions), so the stock
  // import command, run from the module's own jars, writes where the embedded server will read.
  execFileSync(
    requireJava(),
    [
      "-Xmx2g",
      "-cp",
      `${MODULE_JAR}:${MODULE_LIB}/*`,
      "org.neo4j.cli.AdminTool",
      "database",
      "import",
      "full",
      "neo4j",
      `--nodes=${f("entities.csv")}`,
      `--nodes=${f("articles.csv")}`,
      `--nodes=${f("claims.csv")}`,
      `--relationships=MENTIONS=${f("mentions.csv")}`,
      `--relationships=ASSERTS=${f("asserts.csv")}`,
      `--relationships=${f("ends.csv")}`,
      `--relationships=${f("aggregates.csv")}`,
      "--max-off-heap-memory=2G",
      "--threads=2",
    ],
    {
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, "conf") },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  return {
    csvSeconds,
    importSeconds: (performance.now() - t1) / 1000,
    claims,
    entities: p1.entities.size,
    aggregates: p1.aggregates,
  };
}
