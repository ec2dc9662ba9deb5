// Exporters on hand-built graphs with awkward values: XML special characters, list delimiters,
// missing optional attributes. Parsed back with the graphology parsers — no database.
import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { exportGraph } from "../../src/export/index.js";
import type { StoredGraph } from "../../src/store/read-graph.js";
import type { GraphEdgeAttributes, GraphNodeAttributes } from "../../src/types.js";

function sample(): StoredGraph {
  const g: StoredGraph = new MultiDirectedGraph<GraphNodeAttributes, GraphEdgeAttributes>();
  g.addNode("org:a&b", {
    label: 'A & B <"Group">',
    name: 'A & B <"Group">',
    entityType: "Organization",
    aliases: ["A;B", "AB"],
    articles: 1,
  });
  g.addNode("country:x", {
    label: "Xland",
    name: "Xland",
    entityType: "Country",
    aliases: [],
    articles: 3,
    wikidata: "Q1",
  });
  const base = {
    symmetric: false,
    cameo: "05",
    certainty: "asserted" as const,
    certainties: ["asserted" as const],
    happened: true,
    contested: false,
    articles: 1,
    outlets: 1,
    dates: ["2024-06"],
    weight: 0.75,
  };
  g.addEdgeWithKey("SUPPORTS:org:a&b:country:x", "org:a&b", "country:x", {
    ...base,
    type: "SUPPORTS",
    label: "SUPPORTS",
  });
  g.addEdgeWithKey("AFFILIATED_WITH:org:a&b:country:x", "org:a&b", "country:x", {
    ...base,
    type: "AFFILIATED_WITH",
    label: "AFFILIATED_WITH",
    cameo: "",
    dates: [],
    roles: ["member", "founder"],
    validFrom: "2001",
  });
  return g;
}

describe("exporters with awkward values", () => {
  it("gexf escapes XML, keeps parallel edges apart and parses back", () => {
    const back = parseGexf(MultiDirectedGraph, exportGraph(sample(), "gexf"));
    expect(back.getNodeAttribute("org:a&b", "label")).toBe('A & B <"Group">');
    expect(back.getNodeAttribute("org:a&b", "aliases")).toBe("A;B; AB");
    expect(back.getNodeAttribute("country:x", "wikidata")).toBe("Q1");
    expect(back.size).toBe(2);
    expect(back.getEdgeAttributes("AFFILIATED_WITH:org:a&b:country:x")).toMatchObject({
      roles: "member; founder",
      validFrom: "2001",
      weight: 0.75,
    });
    expect(back.getEdgeAttributes("SUPPORTS:org:a&b:country:x")).not.toHaveProperty("roles");
    // Gephi reserves an edge column "type" (directed/undirected): the relation type is "relation".
    expect(back.getEdgeAttributes("SUPPORTS:org:a&b:country:x")).toMatchObject({ relation: "SUPPORTS" });
    expect(back.getEdgeAttributes("SUPPORTS:org:a&b:country:x")).not.toHaveProperty("type");
  });

  it("graphml declares int/double/boolean keys and parses back", () => {
    const text = exportGraph(sample(), "graphml");
    expect(text).toContain('attr.name="weight" attr.type="double"');
    expect(text).toContain('attr.name="articles" attr.type="int"');
    expect(text).toContain('attr.name="happened" attr.type="boolean"');
    const back = parseGraphml(MultiDirectedGraph, text);
    expect(back.getNodeAttribute("org:a&b", "name")).toBe('A & B <"Group">');
    expect(back.getEdgeAttributes("AFFILIATED_WITH:org:a&b:country:x")).toMatchObject({
      weight: 0.75,
      happened: true,
      roles: "member; founder",
    });
  });

  it("csv quotes fields and keeps the array delimiter out of list elements", () => {
    const { "nodes.csv": nodes, "relationships.csv": rels } = exportGraph(sample(), "csv");
    const lines = nodes.trimEnd().split("\n");
    expect(lines[1]).toBe('"org:a&b","A & B <""Group"">","Entity;Organization","A,B;AB",,1');
    expect(lines[2]).toBe('"country:x","Xland","Entity;Country",,"Q1",3');
    expect(rels.split("\n")[2]).toContain('"member;founder"');
  });

  it("json is graphology's serialisation", () => {
    const parsed = JSON.parse(exportGraph(sample(), "json")) as {
      options: { multi: boolean };
      nodes: unknown[];
      edges: unknown[];
    };
    expect(parsed.options.multi).toBe(true);
    expect(parsed.nodes).toHaveLength(2);
    expect(parsed.edges).toHaveLength(2);
  });
});
