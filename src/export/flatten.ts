// GEXF and GraphML attributes are scalars: lists are joined (Gephi cannot read list values from
// graphology-gexf's output), undefined values and empty lists are left out.
export const LIST_SEPARATOR = "; ";

export type Scalar = string | number | boolean;

export function flattenAttributes(
  attrs: Record<string, unknown>,
  skip: readonly string[] = [],
): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(attrs)) {
    if (skip.includes(key) || value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (Array.isArray(value)) out[key] = value.map(String).join(LIST_SEPARATOR);
    else if (typeof value === "number" || typeof value === "boolean" || typeof value === "string")
      out[key] = value;
    else out[key] = JSON.stringify(value);
  }
  return out;
}
