// The tagger's weight table: every key's row reads back as stored, and a missing key adds nothing.
import { describe, expect, it } from "vitest";
import { FeatureTable } from "../../src/extract/tagger/feature-table.js";
import { N_LABELS } from "../../src/extract/tagger/types.js";

describe("FeatureTable", () => {
  it("adds each key's stored row times the scale, and nothing for an unknown key", () => {
    const rows = 5000;
    const keys = new Uint32Array(rows);
    const weights = new Int8Array(rows * N_LABELS);
    let seed = 11;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    // Feature keys are 30-bit hashes (hash.ts); an odd multiplier keeps them distinct.
    for (let r = 0; r < rows; r++) keys[r] = (Math.imul(r, 0x9e3779b1) + 1) & 0x3fffffff;
    for (let k = 0; k < weights.length; k++) weights[k] = (next() % 255) - 127;
    const table = new FeatureTable(keys, weights, 0.5);
    const out = new Float64Array(N_LABELS + 2);
    for (let r = 0; r < rows; r++) {
      out.fill(0);
      table.addTo(keys[r], out, 1);
      const want = [0, ...Array.from(weights.subarray(r * N_LABELS, (r + 1) * N_LABELS), (w) => w * 0.5), 0];
      expect(Array.from(out)).toEqual(want);
    }
    out.fill(0);
    table.addTo(2, out, 0);
    expect(Array.from(out).every((v) => v === 0)).toBe(true);
  });
});
