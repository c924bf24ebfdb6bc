// Property-based tests (fast-check, fixed seeds so every run is the same): for any text, in both
// formats, every range lies inside the document and ends after it starts, and the analysis is
// deterministic; after any sequence of edits, incremental analysis equals a fresh one. The long
// run of the same properties is `npm run fuzz -- --runs N`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anyDocument, anyText, documentProblems, editSequence, FORMATS, incrementalProblem, newsText } from './robustness/properties';

const SEED = 20_261_126;

test('any news-like or arbitrary text: ranges valid, findings non-empty, analysis deterministic', () => {
  fc.assert(
    fc.property(anyDocument(), fc.constantFrom(...FORMATS), (text, format) => {
      assert.deepEqual(documentProblems(text, format), []);
    }),
    { seed: SEED, numRuns: 400 },
  );
});

test('any UTF-16 code units, lone surrogates included, in both formats', () => {
  fc.assert(
    fc.property(anyText(400), (text) => {
      for (const format of FORMATS) assert.deepEqual(documentProblems(text, format), []);
    }),
    { seed: SEED + 1, numRuns: 150 },
  );
});

test('long generated documents (up to 600 pieces) keep every range inside', () => {
  fc.assert(
    fc.property(newsText(600), fc.constantFrom(...FORMATS), (text, format) => {
      assert.deepEqual(documentProblems(text, format), []);
    }),
    { seed: SEED + 2, numRuns: 60 },
  );
});

test('incremental analysis equals a fresh analysis after any sequence of edits', () => {
  fc.assert(
    fc.property(editSequence(10), ({ base, format, edits, extraCues }) => {
      assert.equal(incrementalProblem(base, format, edits, extraCues), null);
    }),
    { seed: SEED + 3, numRuns: 120 },
  );
});

test('a headline reading that holds only in the first line agrees between incremental and full analysis (fuzz seed 910)', () => {
  // A paragraph's cached reading cannot know it is not the document's first line: "Name: claim." after
  // a directive line is no headline in either analysis.
  for (const format of FORMATS) {
    assert.equal(incrementalProblem('// sourcecheck-enable\n Officials9:10amDr.', format, [{ at: 0, remove: 0, insert: '' }]), null);
    assert.equal(incrementalProblem('Lynch: No outside influence on FBI probe.\n\nMore text here.', format, [{ at: 0, remove: 0, insert: '\n' }, { at: 0, remove: 1, insert: '' }]), null);
  }
});
