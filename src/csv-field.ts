// One CSV quoting rule (RFC 4180) for every CSV geokg writes: `geokg query --format csv` and the
// neo4j-admin import files of `geokg export --format csv`.

/**
 * A CSV field: quoted, with inner quotes doubled, when it holds a quote, comma or line break — or always
 * when `always` (the neo4j-admin import reads an unquoted empty field as "no property", a quoted one as "").
 */
export function csvField(text: string, always = false): string {
  return always || /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
