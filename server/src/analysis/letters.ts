// Letter and space tests asked of most tokens of every article, and of the names cut from them.

const UPPER_START = /^\p{Lu}/u;

/** Whether a token's text starts with an upper-case letter; ASCII is decided without the expression. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(text);
}

/** The characters /\s/ matches, by UTF-16 code unit, without a regular expression per character. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whitespace that is not a single space: a tab, a line break, a no-break space, or a run. */
const NOT_ONE_SPACE = /[^\S ]| \s/;

/**
 * s with each run of whitespace as one space: s.replace(/\s+/g, ' '), and s itself when it has no
 * other. (A test by expression, not a loop: this runs on every name before V8 has optimised much.)
 */
export function collapseSpaces(s: string): string {
  return NOT_ONE_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
}
