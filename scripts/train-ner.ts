// Trains the name tagger (src/extract/tagger) on ../shared/corpus/ner and writes data/models/ner.bin,
// then scores the written model, as the runtime loads it, on the corpus's dev and test splits.
// Run: npm run train:ner (node --import tsx scripts/train-ner.ts [--corpus DIR] [--out FILE] …).
// Deterministic: the same corpus, word lists and options give the same bytes.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT } from "../src/config.js";
import { loadGazetteer } from "../src/extract/gazetteer/index.js";
import {
  glueSomePossessives,
  readConll,
  retokenise,
  winkSplitter,
  withTags,
  type LabelledSentence,
} from "../src/extract/tagger/corpus.js";
import { augment } from "../src/extract/tagger/augment.js";
import { fitLogistic } from "../src/extract/tagger/calibrate.js";
import { emptyTally, score, spansOf, tallySentence, type Tally } from "../src/extract/tagger/evaluate.js";
import { decodeModel, encodeModel, FORMAT } from "../src/extract/tagger/model-file.js";
import { createTagger, MODEL_PATH, type TaggerInternals } from "../src/extract/tagger/model.js";
import {
  evaluateFlat,
  FeatureIndex,
  featurize,
  seededRandom,
  train,
  type Weights,
} from "../src/extract/tagger/perceptron.js";
import { LABELS, N_LABELS, NAME_TYPES } from "../src/extract/tagger/types.js";
import { featureFingerprint, gazetteerWords } from "../src/extract/tagger/word.js";

const { values: opt } = parseArgs({
  options: {
    corpus: { type: "string", default: resolve(PROJECT_ROOT, "..", "shared", "corpus", "ner") },
    out: { type: "string", default: MODEL_PATH },
    epochs: { type: "string", default: "10" },
    dropout: { type: "string", default: "0.2" },
    prune: { type: "string", default: "1" },
    seed: { type: "string", default: "20240601" },
    "possessive-glue": { type: "string", default: "0.25" },
    replace: { type: "string", default: "0.5" },
    title: { type: "string", default: "0.3" },
    copies: { type: "string", default: "2" },
  },
});
const settings = {
  epochs: Number(opt.epochs),
  dropout: Number(opt.dropout),
  prune: Number(opt.prune),
  seed: Number(opt.seed),
  possessiveGlue: Number(opt["possessive-glue"]),
  augment: { copies: Number(opt.copies), replace: Number(opt.replace), title: Number(opt.title) },
};

const tty = process.stdout.isTTY === true;
const progress = (msg: string): void => {
  if (tty) process.stdout.write(`${msg}\n`);
};
const corpus = (name: string): string => join(opt.corpus, name);
const f3 = (x: number): string => x.toFixed(3);

const splitter = winkSplitter();

/** A split, cut as wink-nlp cuts text, with wink's part-of-speech tags. */
function load(name: string): LabelledSentence[] {
  return readConll(corpus(name)).map((s) => withTags(retokenise(s, splitter)));
}

/** The training split plus its augmented copies, some possessives glued back as wink leaves them. */
function loadTraining(): LabelledSentence[] {
  const rand = seededRandom(settings.seed ^ 0x5bd1e995);
  const base = readConll(corpus("train.tsv")).map((s) => retokenise(s, splitter));
  const copies: LabelledSentence[] = [];
  for (let c = 0; c < settings.augment.copies; c++) copies.push(...augment(base, rand, settings.augment));
  const glue = (): boolean => rand() < settings.possessiveGlue;
  return [...base, ...copies].map((s) => withTags(glueSomePossessives(s, glue)));
}

/** Rows whose largest weight reaches `threshold`, ordered by key (the file's order). */
function prune(
  w: Weights,
  keys: readonly number[],
  threshold: number,
): { keys: Uint32Array; rows: Float32Array } {
  const kept: number[] = [];
  for (let r = 0; r < keys.length; r++) {
    let max = 0;
    for (let y = 0; y < N_LABELS; y++) max = Math.max(max, Math.abs(w.emission[r * N_LABELS + y]));
    if (max >= threshold) kept.push(r);
  }
  kept.sort((a, b) => keys[a] - keys[b]);
  const rows = new Float32Array(kept.length * N_LABELS);
  kept.forEach((r, k) => rows.set(w.emission.subarray(r * N_LABELS, (r + 1) * N_LABELS), k * N_LABELS));
  return { keys: Uint32Array.from(kept, (r) => keys[r]), rows };
}

/** The label sequence a tagger's spans make. */
function predicted(tagger: TaggerInternals, s: LabelledSentence): Uint8Array {
  const pred = new Uint8Array(s.tokens.length);
  for (const span of tagger.tagSpans(s.tokens, 0, s.tokens.length, s.tags)) {
    const b = 1 + 2 * NAME_TYPES.indexOf(span.label);
    for (let i = span.start; i < span.end; i++) pred[i] = i === span.start ? b : b + 1;
  }
  return pred;
}

function evaluate(tagger: TaggerInternals, sentences: readonly LabelledSentence[]): Tally {
  const tally = emptyTally();
  for (const s of sentences) tallySentence(tally, s.labels, predicted(tagger, s));
  return tally;
}

/** The names decoded on `sentences` with their margins and scores, and whether each was exactly right. */
function judged(
  tagger: TaggerInternals,
  sentences: readonly LabelledSentence[],
): { margin: number; score: number; correct: boolean }[] {
  const out: { margin: number; score: number; correct: boolean }[] = [];
  for (const s of sentences) {
    const gold = new Set(spansOf(s.labels).map((g) => `${g.start}:${g.end}:${NAME_TYPES[g.type]}`));
    for (const span of tagger.tagSpans(s.tokens, 0, s.tokens.length, s.tags))
      out.push({ ...span, correct: gold.has(`${span.start}:${span.end}:${span.label}`) });
  }
  return out;
}

function calibrate(
  tagger: TaggerInternals,
  sentences: readonly LabelledSentence[],
): { a: number; b: number } {
  const names = judged(tagger, sentences);
  return fitLogistic(
    names.map((n) => n.margin),
    names.map((n) => n.correct),
  );
}

/** Precision of the names whose score falls in each band: what a score threshold buys. */
function reliability(tagger: TaggerInternals, sentences: readonly LabelledSentence[]): void {
  const names = judged(tagger, sentences);
  console.log("\ndev names by score: band  names  exactly right");
  for (const [lo, hi] of [
    [0, 0.5],
    [0.5, 0.7],
    [0.7, 0.8],
    [0.8, 0.9],
    [0.9, 1.01],
  ]) {
    const band = names.filter((n) => n.score >= lo && n.score < hi);
    const right = band.filter((n) => n.correct).length;
    console.log(
      `${lo.toFixed(1)}-${Math.min(hi, 1).toFixed(1)}  ${String(band.length).padStart(5)}  ${band.length ? f3(right / band.length) : "-"}`,
    );
  }
}

function report(title: string, tally: Tally): void {
  console.log(`\n${title}`);
  console.log("type   P      R      F1     (tp/fp/fn)");
  for (const k of [...NAME_TYPES, "ALL"] as const) {
    const s = score(tally[k]);
    console.log(`${k.padEnd(6)} ${f3(s.p)}  ${f3(s.r)}  ${f3(s.f1)}  (${s.tp}/${s.fp}/${s.fn})`);
  }
}

function tokensPerSecond(tagger: TaggerInternals, sentences: readonly LabelledSentence[]): number {
  let tokens = 0;
  let ms = Infinity;
  for (let round = 0; round < 7; round++) {
    const t0 = performance.now();
    tokens = 0;
    for (const s of sentences) {
      tagger.tagSpans(s.tokens, 0, s.tokens.length, s.tags);
      tokens += s.tokens.length;
    }
    ms = Math.min(ms, performance.now() - t0);
  }
  return Math.round((tokens / ms) * 1000);
}

function main(): void {
  const started = performance.now();
  const gazetteer = loadGazetteer();
  const gazWords = gazetteerWords(gazetteer);
  const trainSet = loadTraining();
  const dev = load("dev.tsv");
  const index = new FeatureIndex();
  const ftrain = featurize(trainSet, gazWords, index, true);
  const fdev = featurize(dev, gazWords, index, false);
  progress(`${trainSet.length} training sentences, ${index.keys.length} features`);
  const weights = train(ftrain, index.keys.length, {
    epochs: settings.epochs,
    seed: settings.seed,
    dropout: settings.dropout,
    onEpoch: tty
      ? (e, w) => progress(`epoch ${e}: dev F1 ${f3(score(evaluateFlat(fdev, w).ALL).f1)}`)
      : undefined,
  });
  const { keys, rows } = prune(weights, index.keys, settings.prune);
  const header = {
    format: FORMAT,
    labels: [...LABELS],
    bits: 8 as const,
    transitions: Array.from(weights.transitions, (x) => Math.round(x * 1e4) / 1e4),
    calibration: { a: 0, b: 0 },
    fingerprint: featureFingerprint(gazWords),
    training: { ...settings, sentences: trainSet.length, corpus: "shared/corpus/ner train.tsv" },
  };
  const draft = createTagger(decodeModel(encodeModel(header, keys, rows)), { gazetteer });
  const file = encodeModel({ ...header, calibration: calibrate(draft, dev) }, keys, rows);
  mkdirSync(dirname(opt.out), { recursive: true });
  writeFileSync(opt.out, file);
  const trainSeconds = (performance.now() - started) / 1000;
  console.log(
    `wrote ${opt.out}: ${keys.length} features, ${(file.length / 1e6).toFixed(2)} MB, trained in ${trainSeconds.toFixed(0)} s`,
  );
  scoreModel(file, dev);
}

function scoreModel(file: Buffer, dev: LabelledSentence[]): void {
  const t0 = performance.now();
  const tagger = createTagger(decodeModel(file));
  console.log(`model loads in ${(performance.now() - t0).toFixed(0)} ms (gazetteer already loaded)`);
  const slow = createTagger(decodeModel(file), { fastPath: false });
  report("dev (entity level, exact span and type)", evaluate(tagger, dev));
  reliability(tagger, dev);
  const test = load("test.tsv");
  report("test", evaluate(tagger, test));
  report("test, fast path off", evaluate(slow, test));
  for (const source of ["uner_ewt", "wikigold", "uner_pud"])
    report(`test, ${source}`, evaluate(tagger, load(`by_source/${source}.test.tsv`)));
  console.log(
    `\ntagSpans on test: ${tokensPerSecond(tagger, test)} tokens/s (fast path off: ${tokensPerSecond(slow, test)})`,
  );
}

main();
