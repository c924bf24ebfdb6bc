// Weights of the claim model's word pairs and prefixes by number (claims.ts).
/**
 * Weights by non-negative 31-bit keys, with open addressing over one array of keys: a lookup (most
 * of them misses) touches one cache line, without the boxed keys and buckets of a Map. Word pairs
 * are keyed by their two numbers (pairKey), prefixes of four ASCII letters by asciiPrefixKey.
 */
export class WeightTable {
  private readonly keys: Int32Array;
  private readonly weights: Float64Array;
  private readonly mask: number;
  /** Multiplicative hashing keeps the product's top bits: 32 minus the table's bits. */
  private readonly hashShift: number;

  constructor(entries: number) {
    let size = 16;
    while (size < entries * 2) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.weights = new Float64Array(size);
    this.mask = size - 1;
    this.hashShift = 32 - Math.log2(size);
  }

  private slot(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> this.hashShift;
    while (this.keys[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  set(key: number, weight: number): void {
    const i = this.slot(key);
    this.keys[i] = key;
    this.weights[i] = weight;
  }

  /** The key's weight, 0 when the model has none. */
  get(key: number): number {
    const i = this.slot(key);
    return this.keys[i] === -1 ? 0 : this.weights[i];
  }
}
