// Reading a sentence's neighbouring tokens without reading past its ends.

import type { Token } from './types';

/**
 * t[i], or undefined outside the array, by an index check rather than a read out of bounds: V8
 * throws a function's optimised code away the first time it reads past an array's end, and the
 * token loops look one token back and ahead everywhere.
 */
export const tokenAt = (t: readonly Token[], i: number): Token | undefined => (i >= 0 && i < t.length ? t[i] : undefined);

/** Whether token i is a hyphen with space before it, a dash: "NEW YORK - Donald Trump said" (not "47-year-old"). */
export const spacedHyphen = (t: readonly Token[], i: number): boolean => t[i].text === '-' && i > 0 && t[i].start > t[i - 1].end;
