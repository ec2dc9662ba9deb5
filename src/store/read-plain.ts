// Neo4j returns 64-bit integers as driver `Integer` objects and temporal values as driver classes.
// API responses are plain JSON, so the read queries convert every record value through `plain`.
import neo4j from "neo4j-driver";

export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "object") {
    // Temporal types (DateTime, Date …) stringify to ISO text.
    if (
      neo4j.isDateTime(value as never) ||
      neo4j.isDate(value as never) ||
      neo4j.isLocalDateTime(value as never) ||
      neo4j.isTime(value as never) ||
      neo4j.isLocalTime(value as never) ||
      neo4j.isDuration(value as never)
    ) {
      return String(value);
    }
    // Nodes and relationships: keep only their properties (plus labels / type for clarity).
    const v = value as Record<string, unknown>;
    if ("properties" in v && ("labels" in v || "type" in v) && "elementId" in v) {
      const out: Record<string, unknown> = {};
      if ("labels" in v) out.labels = v.labels;
      if ("type" in v) out.type = v.type;
      out.properties = plain(v.properties);
      return out;
    }
    const out: Record<string, unknown> = {};
    for (const [k, inner] of Object.entries(v)) out[k] = plain(inner);
    return out;
  }
  return value;
}

/** Converts a record's fields into a plain object. */
export function plainRecord(record: {
  keys: readonly PropertyKey[];
  get(key: PropertyKey): unknown;
}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of record.keys) out[String(key)] = plain(record.get(key));
  return out;
}

/** LIMIT / SKIP need integers; JS numbers reach Cypher as floats. */
export function toInt(n: number): unknown {
  return neo4j.int(Math.max(0, Math.floor(n)));
}
