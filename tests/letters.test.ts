// The space tests in letters.ts against the regular expressions they stand for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { collapseSpaces, isSpaceCode } from '../server/src/analysis/letters';
import { classifyName } from '../server/src/analysis/name-types';

// Every kind of space /\s/ knows, some it does not (zero-width space, U+180E), and letters.
const PIECES = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '\u180e', 'a', 'Bc', 'the', 'é', '😀', '-'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));

test('isSpaceCode says what /\\s/ says for every UTF-16 code unit', () => {
  for (let c = 0; c <= 0xffff; c++) assert.equal(isSpaceCode(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

test('collapseSpaces replaces like replace(/\\s+/g, " ")', () => {
  fc.assert(
    fc.property(text, (s) => {
      assert.equal(collapseSpaces(s), s.replace(/\s+/g, ' '));
    }),
    { seed: 7, numRuns: 2000 },
  );
  assert.equal(collapseSpaces('Pete Hegseth'), 'Pete Hegseth');
});

test('classifyName reads outlets, organizations and people by their words, whatever the spaces', () => {
  assert.equal(classifyName('Reuters', false, false), 'media');
  assert.equal(classifyName('Fox News', false, false), 'media');
  assert.equal(classifyName('Hindustan Times', false, true), 'media');
  assert.equal(classifyName('Pete Hegseth', false, false), 'person');
  assert.equal(classifyName('Pete\u00a0 Hegseth', false, false), 'person');
  assert.equal(classifyName('NATO', false, false), 'organization');
});
