// Hashes for feature keys. Features are never built as strings: a template's seed is mixed with
// the hashes of the words it reads, so a token costs a few integer multiplications per feature.
//
// Every hash is cut to 30 bits: V8 keeps integers of up to 31 bits (signed) unboxed, while a full
// 32-bit value read from a typed array and passed on becomes a heap number, allocated per feature.
// That allocation made a lookup cost several times its table read.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
export const HASH_MASK = 0x3fffffff;

/** FNV-1a over the UTF-16 code units of s, from a seed; 30 bits. */
export function hashString(s: string, seed: number = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h & HASH_MASK;
}

/**
 * Combine two hashes into one (order matters); 30 bits. A murmur3-style finaliser after the
 * combination, so keys that differ in one bit land far apart in the lookup table.
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & HASH_MASK;
}

export const mix3 = (a: number, b: number, c: number): number => mix(mix(a, b), c);

/** The seed of a feature template, from its name. */
export const template = (name: string): number => hashString(`tpl:${name}`);
