// `--param k=v` values → Cypher parameters. Library queries declare each parameter's type, which wins
// (a date like 2024 stays a string); literal Cypher gets the value's evident type. Integers become
// neo4j Integers because plain JS numbers reach Cypher as floats, which LIMIT and `=` on ints reject.
import neo4j from "neo4j-driver";
import { isCalendarDate } from "../dates.js";
import { dateProblem } from "../strict-values.js";
import type { ParamType, QueryParam } from "./library.js";

const DECIMAL = /^[-+]?(\d+\.\d*|\.\d+|\d+)(e[-+]?\d+)?$/i;

/** Split repeated `k=v` arguments; the first `=` separates, so values may contain `=`. */
export function parseParamArgs(args: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const arg of args) {
    const i = arg.indexOf("=");
    const key = i < 0 ? "" : arg.slice(0, i).trim();
    if (!/^[A-Za-z_]\w*$/.test(key)) throw new Error(`--param "${arg}": expected name=value`);
    out[key] = arg.slice(i + 1);
  }
  return out;
}

/** Integral numbers anywhere in a JSON value become neo4j Integers. */
function intsDeep(value: unknown): unknown {
  if (typeof value === "number" && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(intsDeep);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, intsDeep(v)]),
    );
  }
  return value;
}

function parseJson(name: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new Error(`parameter ${name}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
}

/** Typed value of one parameter; `type` undefined means infer from the text. */
export function coerceParam(name: string, text: string, type?: ParamType): unknown {
  const t = text.trim();
  switch (type) {
    case "string":
      return text;
    case "int":
      if (!/^[-+]?\d+$/.test(t)) throw new Error(`parameter ${name}: "${text}" is not an integer`);
      return neo4j.int(t);
    case "float":
      // Decimal notation only: Number() would also take "0x10" and "Infinity".
      if (!DECIMAL.test(t)) throw new Error(`parameter ${name}: "${text}" is not a number`);
      return Number(t);
    case "date":
      if (!isCalendarDate(t)) throw new Error(`parameter ${name}: ${dateProblem(t)}`);
      return t;
    case "boolean":
      if (!/^(true|false)$/i.test(t)) throw new Error(`parameter ${name}: "${text}" is not true or false`);
      return t.toLowerCase() === "true";
    case "json":
      return intsDeep(parseJson(name, t));
    default:
      if (t === "null") return null;
      if (/^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
      if (/^[-+]?\d+$/.test(t)) return neo4j.int(t);
      if (DECIMAL.test(t)) return Number(t);
      if (/^[[{"]/.test(t)) return intsDeep(parseJson(name, t));
      return text;
  }
}

/**
 * Parameters for a library entry: declared ones typed and checked, missing optional ones set to their
 * default or null (Cypher needs every `$name` bound), unknown ones refused so typos do not pass silently.
 */
export function resolveParams(
  declared: readonly QueryParam[],
  given: Record<string, string>,
  entryName: string,
): Record<string, unknown> {
  const known = new Set(declared.map((p) => p.name));
  const unknown = Object.keys(given).filter((k) => !known.has(k));
  if (unknown.length) {
    const list = declared.map((p) => p.name).join(", ") || "none";
    throw new Error(`${entryName}: unknown parameter ${unknown.join(", ")} (parameters: ${list})`);
  }
  const out: Record<string, unknown> = {};
  for (const p of declared) {
    if (p.name in given) out[p.name] = coerceParam(p.name, given[p.name], p.type);
    else if (p.defaultText !== undefined) out[p.name] = coerceParam(p.name, p.defaultText, p.type);
    else if (p.optional) out[p.name] = null;
    else
      throw new Error(
        `${entryName}: missing parameter ${p.name} (${p.type}) — ${p.description}; give it with --param ${p.name}=…`,
      );
  }
  return out;
}

/** Parameters for literal Cypher or a .cypher file without declarations: every value inferred. */
export function inferParams(given: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(given).map(([k, v]) => [k, coerceParam(k, v)]));
}
