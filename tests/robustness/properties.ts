// Properties of the analysis for any text, and the generators that look for counterexamples: the
// same code runs a fixed-seed share in npm test (tests/property.test.ts) and the long fuzz run
// (npm run fuzz, scripts/fuzz.ts).
import fc from 'fast-check';
import { analyze, type AnalysisOptions } from '../../server/src/analysis/analyze';
import { IncrementalAnalyzer, type TextChange } from '../../server/src/analysis/incremental';
import { checkText } from '../../server/src/check';
import { modelProblems } from './spans';
import { QUOTE_PAIRS, SPACES } from './documents';

export const FORMATS = ['plaintext', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** Pieces of news copy and of everything that can go wrong around it. */
const WORDS = [
  'Officials', 'officials', 'said', 'says', 'told', 'reporters', 'according', 'to', 'Reuters', 'the', 'The', 'a', 'he', 'she',
  'they', 'He', 'It', 'was', 'reportedly', 'allegedly', 'may', 'May', 'could', 'not', 'be', 'verified', 'confirmed', 'has',
  'Pete', 'Hegseth', 'Rajnath', 'Singh', 'Defense', 'Secretary', 'Minister', 'sources', 'familiar', 'with', 'U.S.', 'Dr.',
  'Jan.', 'Mr.', '$3.2', 'billion', '40', 'percent', '2019', '9:10am', 'largest', 'because', 'on', 'X', 'Facebook', 'in',
  'statement', 'claimed', 'adding', 'that', 'insiders', 'mused', 'India’s', "don't", 'H-1B', '...', '…', 'Read More:',
  'ALSO READ |', 'See also -', 'NEW DELHI, Nov 3 (Reuters) -', 'WASHINGTON —', 'Kuala Lumpur (TDI):', '[source?]',
];
const PUNCT = ['.', ',', ';', ':', '!', '?', '(', ')', '—', '–', '-', '/', '%', '&'];
const MARKUP = [
  '> ', '>', '- ', '* ', '1. ', '# ', '## ', '**', '__', '*', '_', '`', '```\n', '~~~\n', '    ', '[', ']', '](http://x.y)', '![',
  '<!--', '-->', '<div>', '</div>', '---\n', '+++\n', '|', '\\', '&amp;', '<https://a.b>', '[a]: http://x\n',
  '// sourcecheck-disable-next-line\n', '<!-- sourcecheck-disable -->', '// sourcecheck-enable\n',
];
const ODD = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\ud83d', '\ude00', '😀', '👩‍👩‍👧', 'é', 'é', '\u202e', '\u200f', 'قال', 'אמר', '一', '\ufeff', '\u0301'];
const QUOTES = QUOTE_PAIRS.flat();

/** A document of news-like fragments, markup, odd characters and every kind of space. */
export const newsText = (maxPieces = 120): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
        { weight: 6, arbitrary: fc.constant(' ') },
        { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
        { weight: 2, arbitrary: fc.constantFrom(...QUOTES) },
        { weight: 2, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', '\r', '\n\n\n') },
        { weight: 1, arbitrary: fc.constantFrom(...SPACES) },
        { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
        { weight: 1, arbitrary: fc.constantFrom(...ODD) },
        { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
      ),
      // 'max': lengths spread up to maxPieces (fast-check's default keeps arrays to about ten items)
      { maxLength: maxPieces, size: 'max' },
    )
    .map((parts) => parts.join(''));

/** Any UTF-16 text at all: lone surrogates, controls, every plane. */
export const anyText = (maxLength = 200): fc.Arbitrary<string> =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength, size: 'max' });

export const anyDocument = (): fc.Arbitrary<string> => fc.oneof({ weight: 4, arbitrary: newsText() }, { weight: 1, arbitrary: anyText() });

/** Every range inside the document and in order, the same model twice, findings on real spans. */
export function documentProblems(text: string, format: Format): string[] {
  const first = checkText(text, format);
  const problems = modelProblems(text, first.model, first.findings);
  // A copy of the string, so no cache keyed on identity can make a second run look the same.
  const again = analyze((' ' + text).slice(1), { format });
  try {
    assertEqualModels(first.model, again);
  } catch (e) {
    problems.push(`not deterministic: ${(e as Error).message.slice(0, 300)}`);
  }
  return problems;
}

function assertEqualModels(a: unknown, b: unknown): void {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  if (x !== y) {
    let i = 0;
    while (i < x.length && x[i] === y[i]) i++;
    throw new Error(`models differ at JSON offset ${i}: ${x.slice(Math.max(0, i - 80), i + 80)} | ${y.slice(Math.max(0, i - 80), i + 80)}`);
  }
}

export interface Edit {
  /** Where, as a fraction of the current length; how much to delete; what to insert. */
  at: number;
  remove: number;
  insert: string;
}

export const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(200)),
  insert: fc.oneof(fc.constant(''), newsText(6), anyText(4)),
});

export const editSequence = (maxEdits = 12) =>
  fc.record({
    base: newsText(160),
    format: fc.constantFrom(...FORMATS),
    extraCues: fc.boolean(),
    edits: fc.array(editArb, { minLength: 1, maxLength: maxEdits }),
  });

/** Applies the edits through an incremental analyzer; the first step whose model differs from analyze(). */
export function incrementalProblem(base: string, format: Format, edits: Edit[], extraCues = false): string | null {
  const options: AnalysisOptions = { format, ...(extraCues ? { extraCues: ['mused'], vagueTerms: ['insiders'] } : {}) };
  const inc = new IncrementalAnalyzer(options);
  let text = base;
  const check = (model: unknown, step: string): string | null => {
    try {
      assertEqualModels(model, analyze(text, options));
      return null;
    } catch (e) {
      return `${step}: ${(e as Error).message.slice(0, 400)}`;
    }
  };
  const initial = check(inc.update(text), 'initial');
  if (initial) return initial;
  for (let i = 0; i < edits.length; i++) {
    const { at, remove, insert } = edits[i];
    const start = Math.min(text.length, Math.floor(at * (text.length + 1)));
    const oldEnd = Math.min(text.length, start + remove);
    const change: TextChange = { start, oldEnd, newEnd: start + insert.length };
    text = text.slice(0, start) + insert + text.slice(oldEnd);
    const problem = check(inc.update(text, change), `edit ${i}`);
    if (problem) return problem;
  }
  return null;
}
