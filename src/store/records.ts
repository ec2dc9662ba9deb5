// Typed record mapping with the driver's object mapping (`record.as(rules)`): the rules name every field
// of the result type, so the compiler reports a field left out or misspelt, and the driver checks each
// value's type as it maps (a string where a number belongs is an error, not a wrong answer).
import neo4j, { type Record as Neo4jRecord, type Rule, type Rules } from "neo4j-driver";

/** A rule for every field of T. */
export type RulesFor<T> = { [K in keyof T]-?: Rule };

/** The record as a T, each field read and checked by its rule. */
export function mapRecord<T extends object>(record: Neo4jRecord, rules: RulesFor<T>): T {
  return record.as<T>(rules as Rules);
}

/** A number stored as a float or an Integer (a literal like `coalesce(r.weight, 0)` is an Integer). */
const anyNumber: Rule = {
  validate: (value: unknown, name: string) => {
    if (typeof value !== "number" && !neo4j.isInt(value)) throw new TypeError(`${name} should be a number`);
  },
  convert: (value: unknown) => (neo4j.isInt(value) ? value.toNumber() : value),
};

/** Rules for the values geokg's read queries return. Optional ones accept null (kept as null). */
export const field = {
  string: neo4j.rule.asString(),
  stringOrNull: neo4j.rule.asString({ optional: true }),
  strings: neo4j.rule.asList({ apply: neo4j.rule.asString() }),
  boolean: neo4j.rule.asBoolean(),
  /** A count or other integer (Neo4j Integer or number), as a number. */
  integer: neo4j.rule.asNumber({ isInteger: true }),
  integerOrNull: neo4j.rule.asNumber({ isInteger: true, optional: true }),
  /** Any number, such as a score or a weight. */
  number: anyNumber,
  numberOrNull: { ...anyNumber, optional: true } satisfies Rule,
  /** A stored datetime as ISO text. */
  dateTimeOrNull: neo4j.rule.asDateTime({ stringify: true, optional: true }),
  /** A map returned by the query, its fields mapped by `rules`. */
  object: <T>(rules: RulesFor<T>): Rule => neo4j.rule.asObject(rules as Rules),
} as const;
