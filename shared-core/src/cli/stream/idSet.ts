// The ids a streamed run has seen, in 12 bytes each instead of a Map of
// strings (about 70 bytes of live heap an id, several times that in peak RSS
// once the collector's headroom is counted), so a 1,000,000-lead export keeps
// memory nearly flat. An id is kept as two independent 32-bit hashes (64 bits:
// a false repeat among a million ids has a chance of about 1 in 10^7) and the
// number of the record that first used it, for the message.

const EMPTY = 0;

/** 0 marks an empty slot: a hash is never 0. */
const nonZero = (h: number): number => (h === EMPTY ? 1 : h);

/** FNV-1a over the UTF-16 code units. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return nonZero(h);
}

/** A MurmurHash3-style mix of each code unit and the final avalanche: a second hash unrelated to the first. */
function murmurish(text: string): number {
  let h = 0x2545f491 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    let k = Math.imul(text.charCodeAt(i), 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h ^= k;
    h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return nonZero(h >>> 0);
}

export interface IdSet {
  /** The record number `id` was first seen at, or undefined (then `id` is kept as seen at `at`). */
  firstSeen: (id: string, at: number) => number | undefined;
}

export function idSet(initialSlots = 1 << 12): IdSet {
  let slots = initialSlots;
  let high = new Uint32Array(slots);
  let low = new Uint32Array(slots);
  let where = new Uint32Array(slots);
  let count = 0;

  // Open addressing with linear probing; `slots` is a power of two.
  const find = (h: number, l: number, hs: Uint32Array, ls: Uint32Array, size: number): number => {
    let i = (h ^ Math.imul(l, 0x9e3779b1)) & (size - 1);
    while (hs[i] !== EMPTY && !(hs[i] === h && ls[i] === l)) i = (i + 1) & (size - 1);
    return i;
  };

  const grow = (): void => {
    const size = slots * 2;
    const hs = new Uint32Array(size);
    const ls = new Uint32Array(size);
    const ws = new Uint32Array(size);
    for (let i = 0; i < slots; i++) {
      if (high[i] === EMPTY) continue;
      const j = find(high[i] as number, low[i] as number, hs, ls, size);
      hs[j] = high[i] as number;
      ls[j] = low[i] as number;
      ws[j] = where[i] as number;
    }
    [slots, high, low, where] = [size, hs, ls, ws];
  };

  return {
    firstSeen(id, at) {
      const h = fnv1a(id);
      const l = murmurish(id);
      const i = find(h, l, high, low, slots);
      if (high[i] !== EMPTY) return where[i];
      high[i] = h;
      low[i] = l;
      where[i] = at;
      // Kept at most half full, so probes stay short.
      if (++count * 2 > slots) grow();
      return undefined;
    },
  };
}
