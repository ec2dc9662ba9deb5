// Conversions between Neo4j values and plain JS: the driver returns 64-bit Integers, and plain JS
// numbers are sent as floats, so counts and offsets must be wrapped to be stored as integers.
import neo4j from "neo4j-driver";

export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  return typeof value === "number" ? value : Number(value);
}

export function optString(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : String(value);
}

export function optNumber(value: unknown): number | undefined {
  return value === null || value === undefined ? undefined : toNumber(value);
}

export function int(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(value);
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
