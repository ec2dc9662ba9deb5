// Each export format read back: JSON through Graph.from, GEXF and GraphML through graphology-gexf /
// graphology-graphml's parsers, CSV against the neo4j-admin import header format; and `geokg export`
// with filters end to end.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { PROJECT_ROOT } from "../../src/config.js";
import type { Db } from "../../src/store/connection.js";
import { readGraph, type StoredGraph } from "../../src/store/read-graph.js";
import { exportGraph } from "../../src/export/index.js";
import { openAnalystGraph } from "./query-fixture.js";

const run = promisify(execFile);
let db: Db;
let graph: StoredGraph;
let dir: string;

/** RFC 4180 rows (quoted fields, doubled quotes), enough to read back what the exporter wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  return rows;
}

beforeAll(async () => {
  db = await openAnalystGraph();
  graph = await readGraph(db);
  dir = await mkdtemp(join(tmpdir(), "geokg-export-"));
});
afterAll(async () => {
  await db?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("exportGraph", () => {
  it("the fixture graph is what the exports are checked against", () => {
    expect(graph.order).toBe(9);
    expect(graph.size).toBe(10);
  });

  it("json round-trips through Graph.from with every attribute", () => {
    const back = MultiDirectedGraph.from(JSON.parse(exportGraph(graph, "json")));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.multi).toBe(true);
    graph.forEachNode((n, a) => expect(back.getNodeAttributes(n)).toEqual(a));
    graph.forEachEdge((e, a, s, t) => {
      expect(back.getEdgeAttributes(e)).toEqual(a);
      expect([back.source(e), back.target(e)]).toEqual([s, t]);
    });
  });

  it("gexf parses back with labels, typed attributes, joined lists and weights", () => {
    const text = exportGraph(graph, "gexf");
    expect(text).toMatch(/<attribute id="articles" title="articles" type="integer"\/>/);
    const back = parseGexf(MultiDirectedGraph, text);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttributes("person:olaf-scholz")).toMatchObject({
      label: "Olaf Scholz",
      entityType: "Person",
      aliases: "Scholz",
    });
    const met = back.findEdge((_e, a) => a.relation === "MET");
    expect(met).toBeDefined();
    expect(back.getEdgeAttributes(met!)).toMatchObject({
      certainties: "asserted; reported",
      dates: "2024-03-09",
      articles: 2,
      symmetric: true,
      weight: graph.getEdgeAttribute("MET:person:emmanuel-macron:person:olaf-scholz", "weight"),
    });
  });

  it("graphml parses back with typed keys and the same nodes and edges", () => {
    const text = exportGraph(graph, "graphml");
    const back = parseGraphml(MultiDirectedGraph, text);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getNodeAttributes("country:france")).toMatchObject({
      name: "France",
      entityType: "Country",
      aliases: "French Republic",
      articles: 2,
    });
    const troops = back.findEdge((_e, a) => a.type === "SENT_TROOPS_TO");
    expect(back.getEdgeAttributes(troops!)).toMatchObject({
      contested: true,
      happened: false,
      certainties: "alleged; denied",
      outlets: 2,
    });
    expect([back.source(troops!), back.target(troops!)]).toEqual(["country:france", "country:ukraine"]);
  });

  it("csv follows the neo4j-admin import header format and references only exported nodes", () => {
    const files = exportGraph(graph, "csv");
    const nodes = parseCsv(files["nodes.csv"]);
    const rels = parseCsv(files["relationships.csv"]);
    const typed =
      /^[A-Za-z_][\w]*(:(ID|int|long|float|double|boolean|string|date)(\[\])?)?$|^:(LABEL|START_ID|END_ID|TYPE)$/;
    for (const h of [...nodes[0], ...rels[0]]) expect(h).toMatch(new RegExp(`${typed.source}|^id:ID$`));
    expect(nodes[0].slice(0, 4)).toEqual(["id:ID", "name", ":LABEL", "aliases:string[]"]);
    expect(rels[0].slice(0, 3)).toEqual([":START_ID", ":END_ID", ":TYPE"]);
    expect(nodes).toHaveLength(graph.order + 1);
    expect(rels).toHaveLength(graph.size + 1);
    const ids = new Set(nodes.slice(1).map((r) => r[0]));
    for (const r of rels.slice(1)) {
      expect(ids.has(r[0]) && ids.has(r[1])).toBe(true);
      expect(r.length).toBe(rels[0].length);
    }
    const france = nodes.find((r) => r[0] === "country:france")!;
    expect(france[2]).toBe("Entity;Country");
    const met = rels.find((r) => r[2] === "MET")!;
    expect(met[rels[0].indexOf("certainties:string[]")]).toBe("asserted;reported");
    expect(met[rels[0].indexOf("articles:int")]).toBe("2");
  });
});

describe("geokg export", () => {
  const env = { ...process.env };
  const cli = (...args: string[]) =>
    run(process.execPath, [join(PROJECT_ROOT, "bin", "geokg.js"), ...args], { env, cwd: PROJECT_ROOT });

  it("writes a filtered GEXF file", async () => {
    const file = join(dir, "met.gexf");
    const { stderr } = await cli("export", "--format", "gexf", "-o", file, "--relations", "MET,VISITED");
    expect(stderr).toMatch(/wrote .*met\.gexf \(3 nodes, 2 relations\)/);
    const back = parseGexf(MultiDirectedGraph, await readFile(file, "utf8"));
    expect(back.mapEdges((_e, a) => a.relation as string).sort()).toEqual(["MET", "VISITED"]);
  });

  it("writes JSON to stdout with date and source filters", async () => {
    const { stdout } = await cli(
      "export",
      "--format",
      "json",
      "--from",
      "2024-06",
      "--min-sources",
      "1",
      "--types",
      "Country",
    );
    const back = MultiDirectedGraph.from(JSON.parse(stdout));
    expect(back.mapEdges((_e, a) => a.type as string).sort()).toEqual([
      "SENT_TROOPS_TO",
      "SIGNED_AGREEMENT",
      "SUPPORTS",
    ]);
  });

  it("writes nodes.csv and relationships.csv into a folder", async () => {
    const out = join(dir, "csv");
    await cli("export", "--format", "csv", "-o", out, "--certainty", "asserted");
    const rels = parseCsv(await readFile(join(out, "relationships.csv"), "utf8"));
    expect(rels.slice(1).every((r) => r[rels[0].indexOf("certainty")] === "asserted")).toBe(true);
    expect(parseCsv(await readFile(join(out, "nodes.csv"), "utf8"))[0][0]).toBe("id:ID");
  });

  it("refuses bad flags, naming the flag and the problem", async () => {
    await expect(cli("export", "--format", "pdf")).rejects.toMatchObject({
      stderr: expect.stringMatching(/--format: "pdf" is not one of/),
    });
    await expect(cli("export", "--relations", "MET,HUGGED")).rejects.toMatchObject({
      stderr: expect.stringMatching(/--relations: "HUGGED" is not one of/),
    });
    await expect(cli("export", "--from", "June")).rejects.toMatchObject({
      stderr: expect.stringMatching(/--from: expected a date/),
    });
    await expect(cli("export", "--format", "csv")).rejects.toMatchObject({
      stderr: expect.stringMatching(/give a folder with -o/),
    });
  });
});
