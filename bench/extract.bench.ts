// Extraction benchmark: tokens/s of createExtractor().extract against wink-nlp's readDoc alone (with
// the same pipe, reading values and tags) on the same synthetic articles. The ratio is what the
// extractor's own rules cost on top of tokenising and tagging; target ≥ 0.5.
//   npm run bench -- extract --n 2000
import { createExtractor } from "../src/extract/index.js";
import { getNlp } from "../src/extract/nlp.js";
import type { Article } from "../src/types.js";
import { syntheticCorpus } from "./synthetic-corpus.js";

export async function run({ n = 1000 }: { n?: number } = {}): Promise<{ ratio: number }> {
  const articles: Article[] = [];
  for await (const a of syntheticCorpus(n)) articles.push(a);
  const nlp = getNlp();
  const its = nlp.its;
  const extractor = createExtractor();
  // Warm up both paths so the JIT and the model's lazy structures do not count against either.
  for (const a of articles.slice(0, 20)) {
    nlp.readDoc(a.text);
    extractor.extract(a);
  }

  let tokens = 0;
  let t0 = performance.now();
  for (const a of articles) {
    const doc = nlp.readDoc(a.text);
    const values = doc.tokens().out(its.value);
    doc.tokens().out(its.pos);
    tokens += values.length;
  }
  const winkSeconds = (performance.now() - t0) / 1000;

  let relations = 0;
  let entities = 0;
  t0 = performance.now();
  for (const a of articles) {
    const x = extractor.extract(a);
    relations += x.relations.length;
    entities += x.entities.length;
  }
  const extractSeconds = (performance.now() - t0) / 1000;

  const winkRate = tokens / winkSeconds;
  const extractRate = tokens / extractSeconds;
  const ratio = extractRate / winkRate;
  console.log(`extract: ${articles.length} articles, ${tokens} tokens`);
  console.log(`  wink-nlp readDoc alone : ${Math.round(winkRate).toLocaleString("en")} tokens/s`);
  console.log(
    `  createExtractor.extract: ${Math.round(extractRate).toLocaleString("en")} tokens/s (${entities} entities, ${relations} relations)`,
  );
  console.log(
    `  ratio extract/readDoc  : ${ratio.toFixed(2)} (target ≥ 0.5) ${ratio >= 0.5 ? "OK" : "BELOW TARGET"}`,
  );
  return { ratio };
}
