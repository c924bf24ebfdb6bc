// The range two versions of a text differ in: what an edit changed, when the editor does not say
// or a pass (Markdown's prose) changed text away from it.

export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * The changed range between two texts, from their common prefix and suffix; `known`, a prefix and a
 * suffix the caller knows the texts share, which are not read again.
 */
export function diff(a: string, b: string, known?: { prefix: number; suffix: number }): TextChange {
  const n = Math.min(a.length, b.length);
  const p = commonLength(a, b, n, (x, from, to) => x.slice(from, to), Math.min(known?.prefix ?? 0, n));
  const s = commonLength(a, b, n - p, (x, from, to) => x.slice(x.length - to, x.length - from), Math.min(known?.suffix ?? 0, n - p));
  return { start: p, oldEnd: a.length - s, newEnd: b.length - s };
}

/**
 * How far (up to n) two texts agree, reading them through `piece` (from the start or from the end).
 * Halving steps compare whole stretches natively, about 2n characters in all: a 1 MB Markdown
 * document is diffed on every keystroke, and a loop over characters costs milliseconds there.
 */
function commonLength(a: string, b: string, n: number, piece: (x: string, from: number, to: number) => string, agreedAlready = 0): number {
  let agreed = agreedAlready;
  for (let step = n - agreed; step > 0; ) {
    if (agreed + step <= n && piece(a, agreed, agreed + step) === piece(b, agreed, agreed + step)) agreed += step;
    else step >>= 1;
  }
  return agreed;
}
