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

/** The words of s split at runs of whitespace: s.split(/\s+/) without the expression. */
export function wordsOf(s: string): string[] {
  const words: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceCode(s.charCodeAt(i))) continue;
    words.push(s.slice(from, i));
    while (i + 1 < s.length && isSpaceCode(s.charCodeAt(i + 1))) i++;
    from = i + 1;
  }
  words.push(s.slice(from));
  return words;
}

/** s with each run of whitespace as one space: s.replace(/\s+/g, ' '), and s itself when it has no other. */
export function collapseSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c) && (c !== 32 || isSpaceCode(s.charCodeAt(i + 1)))) return s.replace(/\s+/g, ' ');
  }
  return s;
}
