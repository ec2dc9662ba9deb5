// wink-eng-lite-web-model, assembled for the pipe geokg runs (sbd and pos), ~110 ms sooner: the
// package's own entry took ~330 ms of every `geokg extract` process and every worker, this ~220 ms.
// The package's entry:
//   - it requires the named-entity and sentiment machines (570 kB of JSON) that wink-nlp then imports
//     although neither is in our pipe;
//   - its core reader deep-copies the 3 MB core model through JSON.stringify + JSON.parse and decodes
//     the packed lexicon through atob one character at a time.
// This builds the same core model (same fields, same values) from one JSON.parse and Buffer's base64
// decoder, gives wink-nlp empty NER and sentiment machines, and loads the lemmatizer, stemmer and
// readability add-ons only if they are called. Every other part is the package's own file.
// tests/unit/wink-model.test.ts reads the same texts with both and compares every token's value, tag,
// lemma and sentence. If the package's files are not laid out as expected (another version), the
// package's own entry is used, so a change there costs start-up time, never correctness.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Model } from "wink-nlp";

const require = createRequire(import.meta.url);

/** The fields of the packed core model this reader touches (the rest passes through as parsed). */
interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, FeatureData> & { lexeme: FeatureData; posClusters: { list: unknown[] } };
  pos: { hash: Record<string, number> };
  lexicon: unknown;
  xpansions: unknown;
}

interface FeatureData {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** A machine that recognises nothing: what wink-nlp imports for the annotations our pipe leaves out. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** Base64 to a Uint32Array over its own (aligned) buffer, as the package's atob loop gives. */
function words(base64: unknown): Uint32Array {
  if (typeof base64 !== "string") throw new Error("packed array is not base64 text");
  const bytes = Buffer.from(base64, "base64");
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}

function indexList(list: string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]] = k;
  return hash;
}

/**
 * The file read as Latin-1 and its strings decoded as UTF-8 afterwards: the same values. Read as
 * UTF-8, its 1,851 non-ASCII characters (in 3 MB) make the whole text, and every string parsed from
 * it, two-byte, which made reading, parsing and indexing it ~30 ms slower. Only the strings holding
 * a byte above 0x7f change; the model has no such object key. It assumes the file writes no character
 * of U+0080–U+00FF as a \u escape (such a string would be re-decoded wrongly); today's file writes
 * them as UTF-8, and the core-model digest test would catch a file that did not.
 */
function utf8Strings(value: unknown): unknown {
  if (typeof value === "string")
    return HIGH_BYTE.test(value) ? Buffer.from(value, "latin1").toString("utf8") : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = utf8Strings(value[i]);
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key in record) record[key] = utf8Strings(record[key]);
  }
  return value;
}
const HIGH_BYTE = /[\x80-\xff]/;

/** read-core-model.js then load-core-model.js of the package, without the deep copy. */
function coreModel(file: string): () => CoreModel {
  return () => {
    const model = utf8Strings(JSON.parse(readFileSync(file, "latin1"))) as CoreModel;
    const { layout } = model.packing;
    model.lexicon = words(model.lexicon);
    model.xpansions = words(model.xpansions);
    model.packing.efList = [];
    for (const f in layout) {
      if (layout[f][3] === 0) {
        const data = model.features[f];
        data.hash = indexList(data.list);
        data.intrinsicSize = data.list.length;
        data.index = data.list.length;
        data.maxIndex = layout[f][1] >>> layout[f][2];
      }
      if (layout[f][4] === 1) model.packing.efList.push(f);
    }
    const { lexeme, posClusters } = model.features;
    lexeme.hash = indexList(lexeme.list);
    lexeme.intrinsicSize = lexeme.list.length;
    lexeme.index = lexeme.list.length;
    const clusters = posClusters.list;
    for (let k = 0; k < clusters.length; k++) {
      clusters[k] = new Set(
        String(clusters[k])
          .split("_")
          .map((e) => model.pos.hash[e] || 0),
      );
    }
    return model;
  };
}

/** A function that loads the real one on its first call. */
function lazy(load: () => unknown): (...args: unknown[]) => unknown {
  let fn: ((...args: unknown[]) => unknown) | undefined;
  return (...args) => (fn ??= load() as (...args: unknown[]) => unknown)(...args);
}

/** The model from the package's own parts, with the fast core reader; throws if a part is missing. */
function assemble(): Model {
  const dist = join(dirname(require.resolve("wink-eng-lite-web-model/package.json")), "dist");
  const part = (file: string): unknown => require(join(dist, file));
  const saSetter = part("sa-setter.js");
  const model = {
    core: coreModel(join(dist, "languages/cur/models/eng-core-web-model.json")),
    sbd: part("load-sbd-model.js"),
    pos: part("load-pos-model.js"),
    ner: () => ({ machines: [], transformers: [] }),
    negation: part("load-negation-model.js"),
    sa: () => ({ machines: [EMPTY_MACHINE], setter: saSetter }),
    metaCER: part("load-cer-meta-model.js"),
    featureFn: part("feature.js"),
    // Loaded on first use: geokg reads no lemma, stem or readability, and the lemmatizer's WordNet
    // exception tables alone are ~50 ms of compiling at every start-up.
    addons: {
      stem: lazy(() => part("porter-stemmer.js")),
      lemmatize: lazy(() => part("lemmatize.js")),
      readabilityStats: lazy(() => part("readability-stats.js")),
      wordVectors: undefined,
    },
  };
  for (const [name, value] of Object.entries(model)) {
    if (name !== "addons" && typeof value !== "function") throw new Error(`${name} is not a loader`);
  }
  return model as unknown as Model;
}

/** The package's own model, as `import model from "wink-eng-lite-web-model"` gives it. */
export function packageModel(): Model {
  return require("wink-eng-lite-web-model") as Model;
}

/** The model for `winkNLP(model, ["sbd", "pos"])`: assembled when the package's files allow, else its own. */
export function winkModel(): Model {
  try {
    return assemble();
  } catch {
    return packageModel();
  }
}
