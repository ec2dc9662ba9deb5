// The model file (data/models/ner.bin): "GKNR", the header's length (uint32 LE), a JSON header
// padded to a multiple of 4 bytes, then the feature keys (uint32 LE, ascending) and their weights
// (one row of N_LABELS per key, int8 or int16 LE, times header.scale). Every byte follows from the
// weights and the header, so training twice writes the same file.
import { endianness } from "node:os";
import { N_LABELS } from "./types.js";

const MAGIC = "GKNR";
export const FORMAT = 1;

export interface ModelHeader {
  format: number;
  labels: readonly string[];
  rows: number;
  bits: 8 | 16;
  /** Weight = stored integer × scale. */
  scale: number;
  /** (N_LABELS + 1) × N_LABELS transition scores, the last row from the sentence start. */
  transitions: number[];
  /** Logistic map of a name's margin to a 0..1 score: 1 / (1 + exp(-(a · margin + b))). */
  calibration: { a: number; b: number };
  /** Fingerprint of the word lists and gazetteer words the features were computed with. */
  fingerprint: string;
  /** How the model was trained (for the record; decoding does not read it). */
  training: Record<string, unknown>;
}

export interface ModelData {
  header: ModelHeader;
  keys: Uint32Array;
  /** The stored weights, rows × N_LABELS, as integers: weight = quantised × header.scale. */
  quantised: Int8Array | Int16Array;
}

/** The real-valued weights of a model (rows × N_LABELS). */
export function dequantise(data: ModelData): Float32Array {
  const out = new Float32Array(data.quantised.length);
  for (let k = 0; k < out.length; k++) out[k] = data.quantised[k] * data.header.scale;
  return out;
}

/** Quantise and write. `weights` are the real-valued rows, keys ascending. */
export function encodeModel(
  header: Omit<ModelHeader, "scale" | "rows">,
  keys: Uint32Array,
  weights: Float32Array,
): Buffer {
  const rows = keys.length;
  const top = header.bits === 8 ? 127 : 32767;
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / top : 1;
  const full: ModelHeader = { ...header, rows, scale };
  let json = JSON.stringify(full);
  while ((8 + Buffer.byteLength(json)) % 4 !== 0) json += " ";
  const head = Buffer.from(json, "utf8");
  const width = header.bits / 8;
  const body = Buffer.alloc(rows * 4 + rows * N_LABELS * width);
  for (let r = 0; r < rows; r++) body.writeUInt32LE(keys[r], r * 4);
  let at = rows * 4;
  for (let k = 0; k < rows * N_LABELS; k++, at += width) {
    const q = Math.max(-top, Math.min(top, Math.round(weights[k] / scale)));
    if (width === 1) body.writeInt8(q, at);
    else body.writeInt16LE(q, at);
  }
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length, 0);
  return Buffer.concat([Buffer.from(MAGIC, "latin1"), len, head, body]);
}

const LITTLE_ENDIAN = endianness() === "LE";

export function decodeModel(buf: Buffer): ModelData {
  if (buf.toString("latin1", 0, 4) !== MAGIC) throw new Error("not a geokg NER model (bad magic)");
  const headLen = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString("utf8", 8, 8 + headLen)) as ModelHeader;
  if (header.format !== FORMAT) throw new Error(`NER model format ${header.format}, expected ${FORMAT}`);
  const rows = header.rows;
  let at = 8 + headLen;
  // The file is little-endian, as the typed arrays are on every machine Node runs on but a few: copied
  // whole there (a copy, as the offset need not be 4-aligned), read one by one elsewhere.
  const keys = new Uint32Array(rows);
  if (LITTLE_ENDIAN)
    keys.set(new Uint32Array(Uint8Array.prototype.slice.call(buf, at, at + rows * 4).buffer));
  else for (let r = 0; r < rows; r++) keys[r] = buf.readUInt32LE(at + r * 4);
  at += rows * 4;
  const size = rows * N_LABELS;
  const quantised = header.bits === 8 ? new Int8Array(size) : new Int16Array(size);
  if (header.bits === 8) quantised.set(new Int8Array(buf.buffer, buf.byteOffset + at, size));
  else for (let k = 0; k < size; k++, at += 2) quantised[k] = buf.readInt16LE(at);
  return { header, keys, quantised };
}
