// Hostile and broken settings: wrong types, unknown keys, huge lists, invalid and catastrophic
// patterns. Each problem is reported once, defaults apply, and nothing can make matching hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfigText, validateConfig, defaultConfig } from '../server/src/config';
import { checkText } from '../server/src/check';
import { toServerSettings } from '../server/src/lsp/settings';
import {
  compileTerm, escapeRegExp, literalPattern, MAX_PATTERN_INPUT, MAX_TERMS, regexHazard, validateTermList,
} from '../server/src/util/patterns';

const elapsed = (f: () => void): number => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

test('regexHazard accepts plain patterns and refuses catastrophic ones with a reason', () => {
  for (const safe of ['officials?', 'sources? (?:close|familiar) to', '\\bwh(o|at)\\b', '[a-z]+ly', 'x{2,5}', '(?<word>insider)s?', '\\p{Lu}\\w*']) {
    assert.equal(regexHazard(safe), null, safe);
  }
  const unsafe: Record<string, RegExp> = {
    '(a+)+$': /repeated group/,
    '(a|aa)*b': /repeated group/,
    '(\\w+\\s?)*$': /repeated group/,
    '(.*a){20}': /repeated group/,
    '((ab)*)+': /repeated group/,
    '(?:x+y?)+z': /repeated group/,
    '(a)\\1': /backreference/,
    '(?<n>a)\\k<n>': /backreference/,
    '(?<=x)y': /lookbehind/,
    '(?!x)y': /lookahead/,
    'a{1000}': /counted repetition/,
    'a{1,5000}': /counted repetition/,
    '(ab': /unbalanced/,
    'ab)': /unbalanced/,
    '*a': /quantifier/,
  };
  for (const [source, reason] of Object.entries(unsafe)) assert.match(regexHazard(source) ?? 'accepted', reason, source);
});

test('a refused pattern is never compiled; an accepted one refuses over-long input', () => {
  const evil = compileTerm('/(a+)+$/', true);
  assert.equal(evil.ok, false);
  const invalid = compileTerm('/[z-a]/', true);
  assert.equal(invalid.ok, false);
  assert.match((invalid as { problem: string }).problem, /not a valid regular expression/);
  assert.equal(compileTerm('/a/g', true).ok, false, 'stateful flags would make test() alternate');
  const ok = compileTerm('/insiders?/i', true);
  assert.ok(ok.ok);
  assert.equal(ok.matcher.test('Two Insiders said'), true);
  assert.equal(ok.matcher.test('x'.repeat(MAX_PATTERN_INPUT) + ' insider'), false);
});

test('literal terms are escaped: metacharacters and ReDoS-shaped text match only themselves, fast', () => {
  assert.equal(escapeRegExp('a.b*(c)'), 'a\\.b\\*\\(c\\)');
  assert.equal(literalPattern('c++').test('I said c++ twice'), true);
  // every printable ASCII character, alone and in a term, compiles and matches itself
  for (let c = 33; c < 127; c++) {
    const term = `x${String.fromCharCode(c)}y`;
    assert.equal(literalPattern(term).test(`see ${term} here`), true, term);
  }
  assert.equal(literalPattern('H-1B').test('an H-1B visa'), true);
  assert.equal(literalPattern('c++').test('I said c twice'), false);
  assert.equal(literalPattern('people familiar').test('people\n familiar with it'), true);
  assert.equal(literalPattern('insider').test('insiders'), false, 'whole words only');
  const evil = compileTerm('(a+)+$');
  assert.ok(evil.ok, 'without pattern support the entry is literal text');
  const ms = elapsed(() => assert.equal(evil.matcher.test('a'.repeat(50_000) + '!'), false));
  assert.ok(ms < 2000, `literal match took ${ms} ms`);
});

test('term lists: wrong types, empties, over-long entries and duplicates are one problem per kind', () => {
  const problems: string[] = [];
  const list = validateTermList(['Insiders', 42, '', ' insiders ', 'x'.repeat(500), null, 'aides'], { key: 'vagueTerms', origin: 'cfg' }, problems);
  assert.deepEqual(list, ['insiders', 'aides']);
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /cfg: "vagueTerms" entries .* 4 ignored/);
  const notList: string[] = [];
  assert.deepEqual(validateTermList({ a: 1 }, { key: 'hedges', origin: 'cfg' }, notList), []);
  assert.equal(notList.length, 1);
});

test('term lists: a pattern-looking entry in a literal list is reported once and kept as text', () => {
  const problems: string[] = [];
  const list = validateTermList(['/(a+)+$/', '/x*/'], { key: 'extraCues', origin: 'cfg' }, problems);
  assert.deepEqual(list, ['/(a+)+$/', '/x*/']);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /literal words, not patterns/);
});

test('term lists that allow patterns drop the unsafe ones with one problem', () => {
  const problems: string[] = [];
  const list = validateTermList(['/(a+)+$/', '/(b|bb)*c/', '/insiders?/', 'aides'], { key: 'vagueTerms', origin: 'cfg', allowPatterns: true }, problems);
  assert.deepEqual(list, ['/insiders?/', 'aides']);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /catastrophic backtracking/);
});

test('a huge list is capped with one problem and validated in linear time', () => {
  const huge = Array.from({ length: 200_000 }, (_, i) => `term${i}`);
  const problems: string[] = [];
  let list: string[] = [];
  const ms = elapsed(() => (list = validateTermList(huge, { key: 'vagueTerms', origin: 'cfg' }, problems)));
  assert.equal(list.length, MAX_TERMS);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /200000 entries; only the first 1000/);
  assert.ok(ms < 5000, `took ${ms} ms`);
});

test('config: every key with a wrong type gives one problem and its default', () => {
  const wrong = { rules: [], extraCues: 'said', vagueTerms: 7, hedges: null, trustedOutlets: {}, placeholder: ['x'], commentPrefix: 'far too long', files: 'x' };
  const { config, problems } = validateConfig(wrong, 'cfg');
  const defaults = defaultConfig();
  assert.deepEqual(config, { ...defaults, files: defaults.files });
  // hedges: null is "not a list" as well: every key but none is reported exactly once
  assert.equal(problems.length, Object.keys(wrong).length, problems.join('\n'));
  assert.equal(new Set(problems).size, problems.length);
  for (const key of Object.keys(wrong)) assert.ok(problems.some((p) => p.includes(`"${key}"`)), key);
});

test('config: thousands of unknown keys or rules are one problem each, naming a few', () => {
  const many = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]));
  const a = validateConfig(many, 'cfg');
  assert.equal(a.problems.length, 1);
  assert.match(a.problems[0], /unknown keys "k0", "k1", "k2" and 9997 more ignored/);
  const b = validateConfig({ rules: Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`r${i}`, 'off'])) }, 'cfg');
  assert.equal(b.problems.length, 1);
  assert.deepEqual(b.config.rules, {});
});

test('config is data: JavaScript, prototype keys and non-objects never take effect', () => {
  for (const text of ['module.exports = { rules: {} }', '() => 1', '', '"rules"', '[1,2]', '{"rules": {"x": "off"},}']) {
    const r = parseConfigText(text, 'cfg');
    assert.deepEqual(r.config, defaultConfig(), text);
    assert.equal(r.problems.length, 1, `${text}: ${r.problems.join(' | ')}`);
  }
  const r = parseConfigText('{"__proto__": {"polluted": true}, "rules": {"__proto__": "off", "constructor": "off"}}', 'cfg');
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.getPrototypeOf(r.config.rules), Object.prototype);
  assert.deepEqual(Object.keys(r.config.rules), []);
  assert.equal(r.problems.length, 2, r.problems.join('\n'));
});

test('a catastrophic-looking term list applied to hostile text does not slow the analysis', () => {
  const settings = { ...defaultConfig(), extraCues: ['(a+)+$', '/(a|aa)*b/'], vagueTerms: ['(\\w+\\s?)*$'], trustedOutlets: ['(.*a){20}'] };
  const text = 'a'.repeat(30_000) + '! ' + 'aaaa '.repeat(5_000) + 'said the insiders.';
  const ms = elapsed(() => checkText(text, 'plaintext', settings));
  assert.ok(ms < 10_000, `took ${ms} ms`);
});

test('server settings: bad numbers fall back with one report each; repeats report nothing new', () => {
  const reports: string[] = [];
  const s = toServerSettings({ debounceMs: 'fast', maxDocumentSize: -5, extraCues: 3, rules: 'all' }, {}, true, (p) => reports.push(p));
  assert.equal(s.debounceMs, 200);
  assert.equal(s.maxDocumentSize, 20_000_000);
  assert.deepEqual(s.extraCues, []);
  assert.equal(reports.length, 4, reports.join('\n'));
  assert.equal(new Set(reports).size, 4);
});
