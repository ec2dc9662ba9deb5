// buildGraph: per-article extractions → one merged graphology graph; and `geokg extract` end to end.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/build-graph.js";
import { EntityRegistry } from "../../src/extract/entity-registry.js";
import { loadReliability } from "../../src/graph/source-reliability.js";
import { extract } from "./extract-helpers.js";

describe("buildGraph", () => {
  it("merges the same relation from two articles into one edge, symmetric ends in canonical order", () => {
    const reg = new EntityRegistry();
    const a = reg.resolve(extract("Ravi Kumaran held talks with Lucia Santana in Geneva.", "2024-03-01"));
    const b = reg.resolve(
      extract(
        "Lucia Santana met Ravi Kumaran again. Lucia Santana will meet Ravi Kumaran next year.",
        "2024-05-02",
      ),
    );
    a.article.source = "outlet-a.example";
    b.article.source = "outlet-b.example";
    const g = buildGraph([a, b], loadReliability());
    const met = g.filterEdges((_e, attrs) => attrs.type === "MET");
    expect(met).toHaveLength(1);
    const attrs = g.getEdgeAttributes(met[0]);
    expect(g.source(met[0]) < g.target(met[0])).toBe(true);
    expect(attrs).toMatchObject({
      symmetric: true,
      articles: 2,
      outlets: 2,
      happened: true,
      certainty: "asserted",
      cameo: "04",
    });
    expect(attrs.certainties).toEqual(["asserted", "planned"]);
    expect(attrs.firstReported).toBe("2024-03-01");
    expect(attrs.lastReported).toBe("2024-05-02");
    const santana = g.findNode((_n, n) => n.name === "Lucia Santana")!;
    expect(g.getNodeAttributes(santana)).toMatchObject({ entityType: "Person", articles: 2 });
  });

  it("keeps a denied-only relation as not happened", () => {
    const g = buildGraph([extract("Iran denied sending troops to Syria.")], loadReliability());
    const e = g.filterEdges((_k, a) => a.type === "SENT_TROOPS_TO");
    expect(e).toHaveLength(1);
    expect(g.getEdgeAttributes(e[0])).toMatchObject({
      happened: false,
      certainty: "denied",
      contested: false,
    });
  });
});

describe("geokg extract", () => {
  const dir = mkdtempSync(join(tmpdir(), "geokg-extract-"));
  const good = join(dir, "good.txt");
  const empty = join(dir, "empty.txt");
  writeFileSync(
    good,
    "Talks in Ankara\n\nUkrainian envoy Anatoly Petrenko met Turkish Foreign Minister Aylin Demirkol in Ankara on Monday.\n",
  );
  writeFileSync(empty, "");

  it("prints one JSON line per article, names the bad file on stderr and exits 1", () => {
    const r = spawnSync("node", ["bin/geokg.js", "extract", "--format", "jsonl", good, empty], {
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("empty.txt");
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0].file).toBe(good);
    expect(lines[0].entities.map((e: { name: string }) => e.name)).toEqual(
      expect.arrayContaining(["Anatoly Petrenko", "Aylin Demirkol", "Ukraine", "Turkey"]),
    );
    const met = lines[0].relations.find((x: { type: string }) => x.type === "MET");
    expect(met).toMatchObject({ certainty: "asserted", cameo: "04" });
    expect(met.evidence[0].sentence).toContain("met Turkish Foreign Minister");
  });

  it("prints the merged graph as graphology JSON with --format json", () => {
    const out = execFileSync("node", ["bin/geokg.js", "extract", "--format", "json", good], {
      encoding: "utf8",
    });
    const g = JSON.parse(out);
    expect(g.options.multi).toBe(true);
    expect(
      g.nodes.some((n: { attributes: { name: string } }) => n.attributes.name === "Aylin Demirkol"),
    ).toBe(true);
    expect(g.edges.some((e: { attributes: { type: string } }) => e.attributes.type === "MET")).toBe(true);
  });
});
