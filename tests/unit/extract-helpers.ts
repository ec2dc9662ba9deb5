// Shared helpers for the extractor tests: run the real extractor on a sentence we wrote and read
// its output by entity names.
import { createExtractor } from "../../src/extract/index.js";
import type { ArticleExtraction, Relation } from "../../src/types.js";

const extractor = createExtractor();
let n = 0;

export function extract(text: string, published = "2024-06-20"): ArticleExtraction {
  n++;
  return extractor.extract({ id: `test-${n}`, contentHash: `h${n}`, published, text });
}

export function nameOf(x: ArticleExtraction, id: string): string {
  return x.entities.find((e) => e.id === id)?.name ?? `?${id}`;
}

/** "TYPE Source -> Target (certainty)" lines, symmetric types with names sorted. */
export function relationLines(x: ArticleExtraction, filter?: (r: Relation) => boolean): string[] {
  return x.relations
    .filter((r) => !filter || filter(r))
    .map((r) => {
      let [a, b] = [nameOf(x, r.source), nameOf(x, r.target)];
      if ((r.type === "MET" || r.type === "SIGNED_AGREEMENT") && b < a) [a, b] = [b, a];
      return `${r.type} ${a} -> ${b} (${r.certainty})`;
    })
    .sort();
}

export function entityNames(x: ArticleExtraction, type?: string): string[] {
  return x.entities
    .filter((e) => !type || e.type === type)
    .map((e) => e.name)
    .sort();
}
