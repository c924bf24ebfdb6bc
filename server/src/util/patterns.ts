// User-supplied terms and patterns, compiled so that no setting can hang the server. Terms are
// literal text by default (escaped, matched as whole words). Where a key allows patterns, an entry
// written /like this/i is a regular expression, accepted only if a static check finds no construct
// that can backtrack exponentially (ReDoS), and only ever run on short inputs (MAX_PATTERN_INPUT),
// which bounds even polynomial backtracking.

export const MAX_TERMS = 1000;
export const MAX_TERM_LENGTH = 100;
/** Longest text a user pattern is run on: a word or a phrase, never a whole document. */
export const MAX_PATTERN_INPUT = 500;
const MAX_REPEAT = 100;

/** Escapes the syntax characters, and only those: in Unicode mode an escaped hyphen is an error. */
export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** A literal term as a whole-word, case-insensitive pattern; inner whitespace matches any run of it. */
export function literalPattern(term: string): RegExp {
  const body = term.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'iu');
}

/** True for an entry written as a pattern: /source/ or /source/flags. */
export function looksLikePattern(entry: string): boolean {
  return /^\/.+\/[a-z]*$/s.test(entry);
}

interface Frame {
  quantified: boolean;
  alternation: boolean;
}

/**
 * Why a pattern source is unsafe, or null. Rejected: backreferences and lookarounds (they defeat
 * any linear bound), a repeated group that itself contains a repetition or an alternation (star
 * height above one, the cause of exponential backtracking: (a+)+, (a|aa)*, (\w+\s?)*), and counted
 * repetitions above MAX_REPEAT. This is deliberately stricter than needed: a false refusal costs a
 * user one rewrite; a false acceptance can freeze their editor.
 */
export function regexHazard(source: string): string | null {
  const stack: Frame[] = [{ quantified: false, alternation: false }];
  // What the last atom was, for the quantifier that may follow it.
  let last: { group: Frame | null } | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      if (/[1-9]/.test(n) || n === 'k') return 'backreferences are not allowed';
      if ((n === 'p' || n === 'P' || n === 'u') && source[i + 2] === '{') i = Math.max(i + 1, source.indexOf('}', i));
      else i++;
      last = { group: null };
    } else if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j;
      last = { group: null };
    } else if (c === '(') {
      if (source[i + 1] === '?') {
        const kind = source.slice(i + 2, i + 4);
        if (kind[0] === '=' || kind[0] === '!' || kind === '<=' || kind === '<!') return 'lookahead and lookbehind are not allowed';
        const named = /^\(\?(?::|<[\p{L}\p{N}_$]+>)/u.exec(source.slice(i));
        if (!named) return 'unknown group syntax';
        i += named[0].length - 1;
      }
      stack.push({ quantified: false, alternation: false });
      last = null;
    } else if (c === ')') {
      if (stack.length === 1) return 'unbalanced parenthesis';
      const group = stack.pop()!;
      const outer = stack[stack.length - 1];
      outer.quantified ||= group.quantified;
      outer.alternation ||= group.alternation;
      last = { group };
    } else if (c === '|') {
      stack[stack.length - 1].alternation = true;
      last = null;
    } else if (c === '*' || c === '+' || c === '?' || (c === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i)))) {
      let max = c === '?' ? 1 : Infinity;
      if (c === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i))!;
        const lo = Number(m[1]);
        max = m[2] === undefined ? lo : m[3] === '' ? Infinity : Number(m[3]);
        if (lo > MAX_REPEAT || (Number.isFinite(max) && max > MAX_REPEAT)) return `counted repetition above ${MAX_REPEAT} is not allowed`;
        i += m[0].length - 1;
      }
      if (!last) return 'a quantifier must follow something to repeat';
      if (max > 1 && last.group && (last.group.quantified || last.group.alternation)) {
        return 'a repeated group must not contain a repetition or alternation (catastrophic backtracking)';
      }
      if (source[i + 1] === '?') i++; // lazy
      if (max > 1) stack[stack.length - 1].quantified = true;
      last = null;
    } else {
      last = { group: null };
    }
  }
  return stack.length === 1 ? null : 'unbalanced parenthesis';
}

/** A compiled user entry: a test that is safe to run on any input. */
export interface TermMatcher {
  source: string;
  /** Whether the text contains the term. Text longer than MAX_PATTERN_INPUT never matches a pattern. */
  test(text: string): boolean;
}

export type CompiledTerm = { ok: true; matcher: TermMatcher } | { ok: false; problem: string };

/** Compiles one entry: a literal by default, a checked pattern where allowed. */
export function compileTerm(entry: string, allowPatterns = false): CompiledTerm {
  if (allowPatterns && looksLikePattern(entry)) {
    const cut = entry.lastIndexOf('/');
    const source = entry.slice(1, cut);
    const flags = entry.slice(cut + 1);
    if (/[^iu]/.test(flags)) return { ok: false, problem: `pattern ${entry}: only the flags i and u are allowed` };
    const hazard = regexHazard(source);
    if (hazard) return { ok: false, problem: `pattern ${entry}: ${hazard}` };
    let re: RegExp;
    try {
      re = new RegExp(source, flags.includes('u') ? flags : flags + 'u');
    } catch (e) {
      return { ok: false, problem: `pattern ${entry} is not a valid regular expression (${(e as Error).message})` };
    }
    return { ok: true, matcher: { source: entry, test: (text) => text.length <= MAX_PATTERN_INPUT && re.test(text) } };
  }
  const re = literalPattern(entry);
  return { ok: true, matcher: { source: entry, test: (text) => re.test(text) } };
}

export interface TermListOptions {
  /** The setting or key, for messages: "vagueTerms". */
  key: string;
  /** Where it came from, for messages: ".sourcecheck.json" or "settings". */
  origin: string;
  /** Lower-case the entries (word lists) or keep them (globs, outlet names). */
  lower?: boolean;
  /** Entries written /like this/ are patterns (checked); otherwise they are literal text. */
  allowPatterns?: boolean;
  maxTerms?: number;
  maxLength?: number;
}

/**
 * Validates a list-of-terms value from settings or a config file. Every kind of problem is reported
 * once per key (not once per entry, so a 100,000-entry list cannot flood the user); bad entries are
 * dropped and the rest apply; a value that is not a list yields [] (the default).
 */
export function validateTermList(value: unknown, options: TermListOptions, problems: string[]): string[] {
  const { key, origin, lower = true, allowPatterns = false, maxTerms = MAX_TERMS, maxLength = MAX_TERM_LENGTH } = options;
  if (!Array.isArray(value)) {
    problems.push(`${origin}: "${key}" must be a list of strings; ignored`);
    return [];
  }
  const out: string[] = [];
  const seen = new Set<string>();
  let badEntries = 0;
  let badPattern: string | null = null;
  let literalSlashes: string | null = null;
  for (const v of value) {
    if (typeof v !== 'string' || !v.trim() || v.length > maxLength) {
      badEntries++;
      continue;
    }
    const term = lower && !(allowPatterns && looksLikePattern(v.trim())) ? v.trim().toLowerCase() : v.trim();
    if (allowPatterns) {
      const c = compileTerm(term, true);
      if (!c.ok) {
        badPattern ??= c.problem;
        continue;
      }
    } else if (looksLikePattern(term)) {
      literalSlashes ??= term;
    }
    if (seen.has(term)) continue;
    seen.add(term);
    out.push(term);
  }
  if (badEntries) problems.push(`${origin}: "${key}" entries must be non-empty strings of at most ${maxLength} characters; ${badEntries} ignored`);
  if (literalSlashes) problems.push(`${origin}: "${key}" takes literal words, not patterns; ${literalSlashes.slice(0, 40)} is matched as plain text`);
  if (badPattern) problems.push(`${origin}: "${key}": ${badPattern}; such entries ignored`);
  if (out.length > maxTerms) problems.push(`${origin}: "${key}" has ${out.length} entries; only the first ${maxTerms} are used`);
  return out.slice(0, maxTerms);
}
