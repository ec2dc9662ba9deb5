// Rows sent to Neo4j as positional lists instead of maps, with the property names written once in the
// query text. Why: every map key is a string the driver encodes and Neo4j decodes again, row after row;
// for a batch of claims and aggregates that is most of the bytes and most of the driver's packing time.
// Integers are sent as JS numbers and made integers in Cypher (`toInteger`), which spares the driver
// one Integer object per value.
//
// Field names come from the constant lists below, never from input, so they are safe in query text.

export interface FieldSpec<K extends string> {
  fields: readonly K[];
  /** Fields holding an integer. */
  integers?: readonly K[];
  /** Fields holding a list of integers. */
  integerLists?: readonly K[];
}

/**
 * A spec naming every property of T: the record makes the compiler reject a list that misses or
 * misspells one, so a property added to T cannot be silently dropped on the way to Neo4j.
 */
export function fieldSpec<T>(
  all: Record<keyof T & string, true>,
  types: Omit<FieldSpec<keyof T & string>, "fields"> = {},
): FieldSpec<keyof T & string> {
  return { fields: Object.keys(all) as (keyof T & string)[], ...types };
}

/** The Cypher map literal `{name: list[0], …}` that rebuilds a row sent by `toList`. */
export function mapFromList<K extends string>(spec: FieldSpec<K>, list: string): string {
  const ints = new Set<string>(spec.integers ?? []);
  const intLists = new Set<string>(spec.integerLists ?? []);
  const value = (f: string, i: number): string => {
    const v = `${list}[${i}]`;
    if (ints.has(f)) return `toInteger(${v})`;
    return intLists.has(f) ? `[x IN ${v} | toInteger(x)]` : v;
  };
  return `{${spec.fields.map((f, i) => `${f}: ${value(f, i)}`).join(", ")}}`;
}

/** The values of `row` in the order of `spec.fields`; a missing value becomes null (not stored). */
export function toList<K extends string>(spec: FieldSpec<K>, row: Partial<Record<K, unknown>>): unknown[] {
  return spec.fields.map((f) => row[f] ?? null);
}

/**
 * Cypher that looks each id of \`$entities\` up once and keeps the nodes, in that order, as \`ents\`,
 * so rows can name an entity by position (a list access) instead of by id (an index seek per row).
 * A missing entity would shift every position after it: then no row is produced at all, which the
 * caller detects by counting what it wrote.
 */
export const ENTITIES_BY_POSITION = `
UNWIND range(0, size($entities) - 1) AS i
MATCH (e:Entity {id: $entities[i]})
WITH i, e ORDER BY i
WITH collect(e) AS ents
WHERE size(ents) = size($entities)`;
