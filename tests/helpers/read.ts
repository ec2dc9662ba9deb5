// Every outcome of reading some files, in order.
import { readArticles } from "../../src/read/index.js";
import type { ReadOutcome } from "../../src/types.js";

export async function readAll(files: string[]): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = [];
  for await (const o of readArticles(files)) out.push(o);
  return out;
}
