// Bounds checked on analyst Cypher before it reaches Neo4j. Neo4j parses and rewrites queries
// recursively: a query of a few kilobytes nested a few hundred levels deep overflows the stack of the
// thread handling it, and the server then never replies (issue 12). So the query's nesting is
// measured here, on the text, and anything far beyond what real questions need is refused.
//
// The measure is deliberately coarse and conservative: every open bracket counts one level (braces,
// which open subqueries and maps, count four: nested subqueries also make planning slow), and every
// operator chained inside an open expression counts one more, because `a AND b AND c …`, `NOT NOT …`,
// `m.a.a.a …` and `()--()--() …` nest in Neo4j's syntax tree just like brackets. Separators (commas,
// clause keywords, CASE branches) end an expression. The library's deepest query measures 15.
import { CypherRejected } from "./cypher-errors.js";

/** Longest query accepted, in characters (the API's body limit allows about five times more). */
export const MAX_QUERY_CHARS = 20_000;
/** Deepest nesting accepted (see the module comment); Neo4j 5.26 stopped answering from about 200. */
export const MAX_NESTING = 64;
/** Deepest list/map nesting accepted in a parameter value. */
export const MAX_PARAM_DEPTH = 32;

const BRACE_WEIGHT = 4;

// Words that end the expression before them: clause keywords and CASE branches.
const SEPARATOR_WORDS = new Set(
  (
    "MATCH OPTIONAL WHERE WITH RETURN UNWIND ORDER BY SKIP OFFSET LIMIT CALL YIELD WHEN THEN ELSE END CASE " +
    "AS DISTINCT ASC DESC ASCENDING DESCENDING FOREACH"
  ).split(" "),
);
const OPERATOR_WORDS = new Set(["NOT", "AND", "OR", "XOR", "IN", "IS", "STARTS", "ENDS", "CONTAINS"]);

/** Blank out comments and string literals (keeping length) so checks only see query structure. */
export function stripLiterals(query: string): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, (m) =>
    " ".repeat(m.length),
  );
}

interface Frame {
  weight: number;
  /** Operators chained in the frame's current expression. */
  ops: number;
}

/** The nesting measure of a query (see the module comment). */
export function cypherNesting(query: string): number {
  const frames: Frame[] = [{ weight: 0, ops: 0 }];
  // Running sums over the open frames, so each token costs O(1).
  let level = 0;
  let max = 0;
  // UNION chains nest too, and no clause keyword ends them.
  let unions = 0;
  const tokens = /([A-Za-z_]\w*)|([([{])|([)\]}])|([,;])|([-+*/%^=<>!.~|&])/g;
  const top = () => frames[frames.length - 1];
  const endExpression = () => {
    level -= top().ops;
    top().ops = 0;
  };
  const addOps = (n: number) => {
    top().ops += n;
    level += n;
  };
  const code = stripLiterals(query);
  for (let m = tokens.exec(code); m; m = tokens.exec(code)) {
    const [, word, open, close, separator] = m;
    if (word !== undefined) {
      const upper = word.toUpperCase();
      if (upper === "UNION") unions++;
      else if (OPERATOR_WORDS.has(upper)) addOps(1);
      else if (SEPARATOR_WORDS.has(upper)) endExpression();
    } else if (open !== undefined) {
      const weight = open === "{" ? BRACE_WEIGHT : 1;
      frames.push({ weight, ops: 0 });
      level += weight;
    } else if (close !== undefined) {
      // An unbalanced closer is Neo4j's to report as a syntax error.
      if (frames.length > 1) {
        const frame = frames.pop() as Frame;
        level -= frame.weight + frame.ops;
      }
    } else if (separator !== undefined) endExpression();
    else addOps(1);
    max = Math.max(max, level + unions);
  }
  return max;
}

/** Depth of nested lists/maps in a value, counted without recursion; stops once past `limit`. */
export function valueDepth(value: unknown, limit: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== "object") continue;
    max = Math.max(max, depth + 1);
    if (max > limit) return max;
    const inner = Array.isArray(v) ? v : Object.values(v as Record<string, unknown>);
    for (const x of inner) stack.push([x, depth + 1]);
  }
  return max;
}

export interface BoundOptions {
  maxNesting?: number;
  maxChars?: number;
}

/** Throws CypherRejected when the query or a parameter is beyond the bounds. */
export function checkBounds(query: string, params: Record<string, unknown>, opts: BoundOptions = {}): void {
  const maxChars = opts.maxChars ?? MAX_QUERY_CHARS;
  const maxNesting = opts.maxNesting ?? MAX_NESTING;
  if (query.length > maxChars) {
    throw new CypherRejected(`query is too long: ${query.length} characters (limit ${maxChars})`);
  }
  const nesting = cypherNesting(query);
  if (nesting > maxNesting) {
    throw new CypherRejected(
      `query is nested too deeply (depth ${nesting}, limit ${maxNesting}): brackets, chained operators and property accesses all count`,
    );
  }
  for (const [name, value] of Object.entries(params)) {
    if (valueDepth(value, MAX_PARAM_DEPTH) > MAX_PARAM_DEPTH) {
      throw new CypherRejected(
        `parameter ${name} is nested too deeply (more than ${MAX_PARAM_DEPTH} levels of lists or maps)`,
      );
    }
  }
}
