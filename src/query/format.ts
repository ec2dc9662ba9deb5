// Query results as text: an aligned table for the terminal, JSON, or CSV (RFC 4180 quoting).
import { csvField } from "../csv-field.js";

export const OUTPUT_FORMATS = ["table", "json", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface Tabular {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
}

const MAX_CELL = 60;

/** One cell as text: lists joined with ", ", graph elements by their name, other objects as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(cellText).join(", ");
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    const props = v.properties as Record<string, unknown> | undefined;
    if (props && (props.name || props.title || props.id))
      return String(props.name ?? props.title ?? props.id);
    if (Array.isArray(v.nodes) && Array.isArray(v.relationships)) {
      return (v.nodes as unknown[]).map(cellText).join(" – ");
    }
    return JSON.stringify(value);
  }
  return String(value);
}

function clip(s: string, width: number): string {
  const flat = s.replace(/\s+/g, " ");
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

export function formatTable(result: Tabular): string {
  if (!result.columns.length) return "(no columns)\n";
  const cells = result.rows.map((row) => result.columns.map((c) => clip(cellText(row[c]), MAX_CELL)));
  const widths = result.columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (parts: string[]): string =>
    parts
      .map((p, i) => p.padEnd(widths[i]))
      .join(" │ ")
      .trimEnd();
  const out = [line(result.columns), widths.map((w) => "─".repeat(w)).join("─┼─"), ...cells.map(line)];
  const n = result.rows.length;
  out.push(
    `${n} row${n === 1 ? "" : "s"}${result.truncated ? " (truncated: raise --limit to see more)" : ""}`,
  );
  return `${out.join("\n")}\n`;
}

function csvCell(value: unknown): string {
  return csvField(cellText(value));
}

export function formatCsv(result: Tabular): string {
  const lines = [result.columns.map(csvCell).join(",")];
  for (const row of result.rows) lines.push(result.columns.map((c) => csvCell(row[c])).join(","));
  return `${lines.join("\n")}\n`;
}

export function formatJson(result: Tabular & { graph?: unknown }): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

export function formatResult(result: Tabular & { graph?: unknown }, format: OutputFormat): string {
  if (format === "json") return formatJson(result);
  if (format === "csv") return formatCsv(result);
  return formatTable(result);
}
