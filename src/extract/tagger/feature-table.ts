// Feature key → weights: open addressing over a power-of-two table of (key, row + 1) pairs, the
// weights as the model file stores them (int8, one row of N_LABELS per key). A lookup for a key the
// model never saw ends at the first empty slot; half of the lookups are for such keys.
import { N_LABELS } from "./types.js";

const L = N_LABELS;

export class FeatureTable {
  private readonly mask: number;
  private readonly slots: Int32Array;

  constructor(
    keys: Uint32Array,
    private readonly weights: Int8Array,
    private readonly scale: number,
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
  }

  /** Add the weights of `key` to out[at, at + N_LABELS); nothing for a key the model lacks. */
  addTo(key: number, out: Float64Array, at: number): void {
    const { slots, mask, weights, scale } = this;
    let i = key & mask;
    for (;;) {
      const r = slots[2 * i + 1];
      if (r === 0) return;
      if (slots[2 * i] === key) {
        const base = (r - 1) * L;
        for (let y = 0; y < L; y++) out[at + y] += weights[base + y] * scale;
        return;
      }
      i = (i + 1) & mask;
    }
  }
}
