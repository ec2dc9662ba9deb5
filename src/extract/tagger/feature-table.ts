// Feature key → weights: open addressing over a power-of-two table of (key, row + 1) pairs. A
// lookup for a key the model never saw ends at the first empty slot; half of the lookups are for
// such keys. The weights are the model file's int8 (one row of N_LABELS per key), packed four to an
// int32: a row is three reads, not nine.
import { N_LABELS } from "./types.js";

const L = N_LABELS;
/** int32 words per packed row. */
export const ROW_WORDS = 3;
if (L > 4 * ROW_WORDS) throw new Error("feature-table.ts packs at most 12 labels a row");

export class FeatureTable {
  private readonly mask: number;
  private readonly slots: Int32Array;
  /** Row r's weight for label y is byte y % 4 (little end first) of packed[r * ROW_WORDS + y / 4]. */
  readonly packed: Int32Array;

  constructor(
    keys: Uint32Array,
    weights: Int8Array,
    readonly scale: number,
  ) {
    let cap = 1;
    while (cap < keys.length * 1.5) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2);
    for (let r = 0; r < keys.length; r++) {
      let i = keys[r] & this.mask;
      while (this.slots[2 * i + 1] !== 0) i = (i + 1) & this.mask;
      this.slots[2 * i] = keys[r];
      this.slots[2 * i + 1] = r + 1;
    }
    this.packed = new Int32Array(keys.length * ROW_WORDS);
    for (let r = 0; r < keys.length; r++)
      for (let y = 0; y < L; y++)
        this.packed[r * ROW_WORDS + (y >> 2)] |= (weights[r * L + y] & 0xff) << (8 * (y & 3));
  }

  /** Where the row of `key` starts in `packed`, or -1 for a key the model lacks. */
  find(key: number): number {
    const { slots, mask } = this;
    let i = key & mask;
    for (;;) {
      const r = slots[2 * i + 1];
      if (r === 0) return -1;
      if (slots[2 * i] === key) return (r - 1) * ROW_WORDS;
      i = (i + 1) & mask;
    }
  }

  /** Add the weights of `key` to out[at, at + N_LABELS); nothing for a key the model lacks. */
  addTo(key: number, out: Float64Array, at: number): void {
    const row = this.find(key);
    if (row < 0) return;
    const { packed, scale } = this;
    for (let y = 0; y < L; y++) out[at + y] += ((packed[row + (y >> 2)] << (24 - 8 * (y & 3))) >> 24) * scale;
  }
}
