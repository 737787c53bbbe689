/**
 * A HyperLogLog sketch: 16,384 one-byte registers (16 KB) that estimate how many different items were
 * added, within about 1 %, and all but exactly for small counts (linear counting). Sketches of the
 * same day from several instances merge by taking each register's maximum. An item enters only as a
 * 64-bit hash; the sketch keeps no item, and once the salt of the hashes is gone (lib/dal/page-views.ts)
 * nobody can work out whether a given one was added.
 */
export const PRECISION = 14;
export const REGISTERS = 1 << PRECISION;

export type Sketch = Uint8Array;

export function emptySketch(): Sketch {
  return new Uint8Array(REGISTERS);
}

/** Adds an item by its hash (at least 8 bytes of a uniformly distributed digest). Says whether the sketch changed. */
export function addHash(sketch: Sketch, hash: Uint8Array): boolean {
  if (hash.length < 8) throw new Error('A sketch needs at least 64 bits of hash');
  const bits = new DataView(hash.buffer, hash.byteOffset, 8);
  const high = bits.getUint32(0);
  const low = bits.getUint32(4);
  const index = high >>> (32 - PRECISION);
  // The rank is the position of the first 1 bit in the remaining 50 bits (18 of `high`, then `low`).
  const rest = (high << PRECISION) >>> 0;
  let rank: number;
  if (rest !== 0) rank = Math.clz32(rest) + 1;
  else rank = low !== 0 ? 32 - PRECISION + Math.clz32(low) + 1 : 64 - PRECISION + 1;
  if (sketch[index]! >= rank) return false;
  sketch[index] = rank;
  return true;
}

/** Merges `other` into `into` (register-wise maximum). */
export function mergeInto(into: Sketch, other: Uint8Array): void {
  if (other.length !== REGISTERS) throw new Error(`A sketch has ${REGISTERS} registers, not ${other.length}`);
  for (let i = 0; i < REGISTERS; i++) if (other[i]! > into[i]!) into[i] = other[i]!;
}

/** The estimated number of distinct items, rounded. */
export function estimate(sketch: Uint8Array): number {
  if (sketch.length !== REGISTERS) throw new Error(`A sketch has ${REGISTERS} registers, not ${sketch.length}`);
  let sum = 0;
  let zeros = 0;
  for (let i = 0; i < REGISTERS; i++) {
    sum += 2 ** -sketch[i]!;
    if (sketch[i] === 0) zeros++;
  }
  const alpha = 0.7213 / (1 + 1.079 / REGISTERS);
  const raw = (alpha * REGISTERS * REGISTERS) / sum;
  // Small cardinalities: linear counting over the empty registers is far more accurate.
  if (raw <= 2.5 * REGISTERS && zeros > 0) return Math.round(REGISTERS * Math.log(REGISTERS / zeros));
  return Math.round(raw);
}
