// GraphML writer (graphology-graphml only parses). Keys are declared per attribute with the type its
// values have across the graph; a key whose values mix types is written as a string.
import type { AbstractGraph, Attributes } from "graphology-types";
import { flattenAttributes, type Scalar } from "./flatten.js";

type KeyType = "boolean" | "int" | "double" | "string";

function xmlEscape(s: string): string {
  return (
    s
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // XML 1.0 cannot carry most control characters, even escaped: drop them.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
  );
}

function typeOf(v: Scalar): KeyType {
  if (typeof v === "boolean") return "boolean";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "double";
  return "string";
}

function merge(a: KeyType | undefined, b: KeyType): KeyType {
  if (!a || a === b) return b;
  if ((a === "int" && b === "double") || (a === "double" && b === "int")) return "double";
  return "string";
}

function collectKeys(items: Record<string, Scalar>[]): Map<string, KeyType> {
  const keys = new Map<string, KeyType>();
  for (const attrs of items)
    for (const [k, v] of Object.entries(attrs)) keys.set(k, merge(keys.get(k), typeOf(v)));
  return keys;
}

export function toGraphml(graph: AbstractGraph<Attributes, Attributes>): string {
  const nodes: { key: string; attrs: Record<string, Scalar> }[] = [];
  graph.forEachNode((key, attrs) =>
    nodes.push({ key, attrs: flattenAttributes(attrs, ["x", "y", "size", "color"]) }),
  );
  const edges: {
    key: string;
    source: string;
    target: string;
    undirected: boolean;
    attrs: Record<string, Scalar>;
  }[] = [];
  graph.forEachEdge((key, attrs, source, target, _sa, _ta, undirected) =>
    edges.push({ key, source, target, undirected, attrs: flattenAttributes(attrs, ["size", "color"]) }),
  );
  const nodeKeys = collectKeys(nodes.map((n) => n.attrs));
  const edgeKeys = collectKeys(edges.map((e) => e.attrs));
  // Node and edge keys live in one id space in GraphML; prefix them so a name used by both stays apart.
  const nid = (k: string): string => `n_${k}`;
  const eid = (k: string): string => `e_${k}`;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [k, t] of nodeKeys)
    out.push(`  <key id="${xmlEscape(nid(k))}" for="node" attr.name="${xmlEscape(k)}" attr.type="${t}"/>`);
  for (const [k, t] of edgeKeys)
    out.push(`  <key id="${xmlEscape(eid(k))}" for="edge" attr.name="${xmlEscape(k)}" attr.type="${t}"/>`);
  out.push(`  <graph id="geokg" edgedefault="${graph.type === "undirected" ? "undirected" : "directed"}">`);
  const data = (id: (k: string) => string, attrs: Record<string, Scalar>, indent: string): string[] =>
    Object.entries(attrs).map(
      ([k, v]) => `${indent}<data key="${xmlEscape(id(k))}">${xmlEscape(String(v))}</data>`,
    );
  for (const n of nodes) {
    out.push(`    <node id="${xmlEscape(n.key)}">`, ...data(nid, n.attrs, "      "), "    </node>");
  }
  for (const e of edges) {
    const directed = e.undirected ? ' directed="false"' : "";
    out.push(
      `    <edge id="${xmlEscape(e.key)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}"${directed}>`,
      ...data(eid, e.attrs, "      "),
      "    </edge>",
    );
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}
