// Letter tests asked of most tokens of every article.

const UPPER_START = /^\p{Lu}/u;

/** Whether a token's text starts with an upper-case letter; ASCII is decided without the expression. */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(text);
}
