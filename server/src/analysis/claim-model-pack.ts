// The claim model's weights by word number, the form claims.ts scores with. Packing reads every
// feature name once (`w:word`, `at0:word`, `b:first second`, `p:pref`, `k:kind` …) and numbers the
// words in the order met. The build packs the shipped model into the bundles (an esbuild plugin,
// scripts/packed-claim-model.ts), so a fresh process fills its tables from arrays instead of cutting
// 11,000 names in the interpreter (10 ms of every CLI run); a model trained for evaluation is packed
// when first used.

/** The model as training writes it: a weight per feature name. */
export interface ClaimModel {
  bias: number;
  /** Check-worthy at or above this probability: the same cut the rules and the JSON report use. */
  threshold: number;
  weights: Record<string, number>;
}

export interface PackedClaimModel {
  /** Word numbers: 0 is the sentence start, 1 its end; then words in the order the names met them. */
  words: string[];
  /** Word weights, as [word number, weight] pairs. */
  word: number[];
  /** Opening words by position: [position, word number, weight] triples. */
  openings: number[];
  /** Word pairs: [first word number, second word number, weight] triples. */
  pairs: number[];
  /** Prefixes of long words (four letters) and their weights. */
  prefixes: Array<[string, number]>;
  /** The sentence-wide features (`k:…`, `len:…`, `names:…`) and their weights. */
  other: Array<[string, number]>;
}

export const [SENTENCE_START, SENTENCE_END] = ['<s>', '</s>'];

export function packClaimModel(m: ClaimModel): PackedClaimModel {
  const ids = new Map([SENTENCE_START, SENTENCE_END].map((w, i) => [w, i]));
  const id = (w: string): number => ids.get(w) ?? (ids.set(w, ids.size), ids.size - 1);
  const packed: PackedClaimModel = { words: [], word: [], openings: [], pairs: [], prefixes: [], other: [] };
  for (const name of Object.keys(m.weights)) {
    const weight = m.weights[name];
    if (name.startsWith('w:')) packed.word.push(id(name.slice(2)), weight);
    else if (name.startsWith('at')) packed.openings.push(Number(name[2]), id(name.slice(4)), weight);
    else if (name.startsWith('b:')) {
      const space = name.indexOf(' ', 2);
      packed.pairs.push(id(name.slice(2, space)), id(name.slice(space + 1)), weight);
    } else if (name.startsWith('p:')) packed.prefixes.push([name.slice(2), weight]);
    else packed.other.push([name, weight]);
  }
  packed.words = [...ids.keys()];
  return packed;
}
