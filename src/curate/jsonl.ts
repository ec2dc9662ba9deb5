// Corrections as JSON Lines, to move them between stores: one correction per line, undone ones
// included (the audit trail travels whole). Reading is all or nothing: the first bad line is named
// with its file and line number and nothing is imported.
import { readFile, writeFile } from "node:fs/promises";
import type { Correction } from "./model.js";
import { parseCorrection } from "./store.js";

export function toJsonl(list: Correction[]): string {
  return list.map((c) => JSON.stringify(c)).join("\n") + (list.length ? "\n" : "");
}

export function parseJsonl(text: string, file: string): Correction[] {
  const out: Correction[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new Error(`${file}:${i + 1}: not JSON (${(err as Error).message})`, { cause: err });
    }
    const c = parseCorrection(value, `${file}:${i + 1}`);
    if (seen.has(c.id)) throw new Error(`${file}:${i + 1}: correction ${c.id} appears twice`);
    seen.add(c.id);
    out.push(c);
  });
  return out;
}

export async function readJsonl(file: string): Promise<Correction[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new Error(
      `${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      { cause: err },
    );
  }
  return parseJsonl(text, file);
}

export async function writeJsonl(file: string, list: Correction[]): Promise<void> {
  if (file === "-") process.stdout.write(toJsonl(list));
  else await writeFile(file, toJsonl(list));
}
