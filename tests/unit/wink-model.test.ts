// The wink model geokg assembles (wink-model.ts) must read text exactly as the package's own entry
// does: same tokens, tags, lemmas, token types and sentences, on text that exercises the tokeniser's
// lexicon, expansions ("can't"), abbreviations, unknown words, non-Latin script and emoji.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import { packageModel, winkModel } from "../../src/extract/wink-model.js";

const TEXTS = [
  "Dr. Ilse Varnow met the U.S. envoy in Dorvale on Monday. She said they can't agree yet.",
  "KESSEL, March 3 (Wire) - The Kessel-based lender's shares rose 4.5% to $12.30 at 9:45 a.m.",
  "“We won’t go,” said Mr. O'Brien-Tampere, 54, who'd flown in from São Paulo via Zürich.",
  "Troops (about 1,200) crossed the Dnipro... Then: silence! Was it over? Nobody knew 🙂 #news @desk",
  "Der Minister sagte: «Nein». Министр заявил, что переговоры продолжатся. 会谈将继续。",
  "e-mail info@example.org or visit https://example.org/a?b=1 — co-operation isn't optional, y'all.",
];

function read(nlp: ReturnType<typeof winkNLP>, text: string) {
  const { its } = nlp;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  return {
    value: tokens.out(its.value),
    normal: tokens.out(its.normal),
    pos: tokens.out(its.pos),
    // its.lemma is typed for wink-nlp's addons signature, not as an its function; it is one at run time.
    lemma: tokens.out(its.lemma as unknown as typeof its.value),
    type: tokens.out(its.type),
    shape: tokens.out(its.shape),
    spaces: tokens.out(its.precedingSpaces),
    stop: tokens.out(its.stopWordFlag),
    abbrev: tokens.out(its.abbrevFlag),
    stem: tokens.out(its.stem as unknown as typeof its.value),
    sentences: doc.sentences().out(its.span),
    readability: doc.out(its.readabilityStats as unknown as typeof its.value),
  };
}

describe("the assembled wink model", () => {
  it("reads every text exactly as the package's own model", () => {
    const assembled = winkNLP(winkModel(), ["sbd", "pos"]);
    const own = winkNLP(packageModel(), ["sbd", "pos"]);
    for (const text of TEXTS) expect(read(assembled, text)).toEqual(read(own, text));
    // Not vacuous: the texts do reach the tagger and the sentence splitter.
    const first = read(assembled, TEXTS[0]);
    expect(first.pos).toContain("PROPN");
    expect(first.sentences).toHaveLength(2);
  });

  it("builds the same core model as the package's reader, value for value", () => {
    const core = (m: unknown) => (m as { core: () => unknown }).core();
    // Typed arrays and sets spelled out, so the comparison sees their contents.
    const text = (model: unknown) =>
      JSON.stringify(model, (_key, v: unknown) =>
        v instanceof Uint32Array ? { u32: Array.from(v) } : v instanceof Set ? { set: [...v] } : v,
      );
    const ours = text(core(winkModel()));
    // Compared by digest: a 7 MB string in a failure message helps no one.
    const digest = (t: string) => createHash("sha256").update(t).digest("hex");
    expect(digest(ours)).toBe(digest(text(core(packageModel()))));
    // The non-ASCII forms the model holds came through as UTF-8 ("é" as one character, not "Ã©").
    expect(ours).toMatch(/[\u00c0-\u024f]/);
    expect(ours).not.toMatch(/Ã/);
  });

  it("is assembled from the package's parts, not its entry", () => {
    // The package's entry exports the same loaders; ours replaces the core reader and the two
    // machines the pipe never runs.
    const assembled = winkModel() as unknown as Record<string, unknown>;
    const own = packageModel() as unknown as Record<string, unknown>;
    expect(assembled.core).not.toBe(own.core);
    expect(assembled.pos).toBe(own.pos);
    expect(assembled.featureFn).toBe(own.featureFn);
  });
});
