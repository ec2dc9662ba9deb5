// Shared helpers for the extractor tests: run the real extractor on a sentence we wrote and read
// its output by entity names.
import { loadGazetteer } from "../../src/extract/gazetteer/index.js";
import { createExtractor } from "../../src/extract/index.js";
import { findMentions } from "../../src/extract/mentions/find.js";
import { analyse } from "../../src/extract/nlp.js";
import { ExtractorState } from "../../src/extract/state.js";
import { TaggedNames } from "../../src/extract/tagged-names.js";
import type { NameType, Tagger, TagSpan } from "../../src/extract/tagger/index.js";
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

/** A tagger that finds one name: the tokens spelling `name`, with this label and score. */
export function stubTagger(name: string, label: NameType, score: number): Tagger {
  const words = name.split(" ");
  return {
    info: { version: "stub", features: 0, stale: false },
    tagSpans(texts: readonly string[], from = 0, to = texts.length): TagSpan[] {
      for (let i = from; i + words.length <= to; i++)
        if (words.every((w, k) => texts[i + k] === w))
          return [{ start: i, end: i + words.length, label, score, margin: 0 }];
      return [];
    },
    tagLabels: () => [],
  } as unknown as Tagger;
}

/**
 * The type mention finding gives `name` in `text` when the tagger says `label` at `score` of it — or of
 * the words `tagged` (by default the name itself).
 */
export function typeOf(
  text: string,
  name: string,
  label: NameType,
  score: number,
  tagged = name,
): string | undefined {
  const doc = analyse(text);
  const mentions = findMentions(
    doc,
    new ExtractorState(loadGazetteer()),
    new TaggedNames(doc, stubTagger(tagged, label, score)),
  );
  return mentions.find((m) => m.surface === name)?.type;
}
