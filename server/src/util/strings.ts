// Strings that outlive the text they were cut from.

/**
 * A copy of s that shares no storage with a longer string. V8 keeps a slice of 13 or more
 * characters as a view of its whole source, so a memo keyed by names cut from an article would keep
 * every article of a folder alive; the concatenation is flattened into a string of its own.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
