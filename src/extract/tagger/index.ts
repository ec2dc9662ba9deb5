// A learned name tagger (averaged perceptron, Viterbi over BIO) for English news: finds names and
// types them PER / ORG / LOC / MISC on geokg's own token arrays. Trained by scripts/train-ner.ts
// (npm run train:ner); the weights ship in data/models/ner.bin (see data/models/README.md).
export { loadTagger, loadTaggerFrom, createTagger, MODEL_PATH, type TaggerOptions } from "./model.js";
export {
  LABELS,
  NAME_TYPES,
  type Label,
  type NameType,
  type TagSpan,
  type Tagger,
  type TaggerInfo,
} from "./types.js";
