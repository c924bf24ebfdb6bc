// Every hostile document of issue 8 through the whole check, in both formats: no throw, every range
// inside the document, no text lost, and bounded time. The big shapes run at a tenth of the issue's
// sizes here (npm test must take seconds) with a growth check that catches quadratic behaviour;
// SOURCECHECK_ROBUSTNESS=full runs the sizes (5 MB line, 20 MB, 100,000 sentences).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText, type CheckResult } from '../../server/src/check';
import { analyze } from '../../server/src/analysis/analyze';
import * as D from './documents';
import { modelProblems } from './spans';

const FULL = process.env.SOURCECHECK_ROBUSTNESS === 'full';
/** Generous: a case fails only when it looks like a hang, not when the machine is busy. */
const HANG_MS = FULL ? 300_000 : 20_000;
const FORMATS = ['plaintext', 'markdown'] as const;

function checked(name: string, text: string, format: (typeof FORMATS)[number]): CheckResult & { ms: number } {
  const t0 = performance.now();
  let result: CheckResult;
  try {
    result = checkText(text, format);
  } catch (e) {
    assert.fail(`${name} (${format}) threw: ${(e as Error).stack}`);
  }
  const ms = performance.now() - t0;
  assert.ok(ms < HANG_MS, `${name} (${format}) took ${Math.round(ms)} ms`);
  assert.deepEqual(modelProblems(text, result.model, result.findings), [], `${name} (${format})`);
  return { ...result, ms };
}

const both = (name: string, text: string) => FORMATS.map((f) => checked(name, text, f));
const sentenceTexts = (r: CheckResult) => r.model.sentences.map((s) => r.model.text.slice(s.start, s.end));

test('empty and whitespace-only documents: no sentences with words, no findings', () => {
  for (const r of both('empty', D.empty())) assert.equal(r.model.sentences.length, 0);
  for (const r of both('whitespace', D.whitespaceOnly())) {
    assert.equal(r.findings.length, 0);
    assert.ok(r.model.sentences.every((s) => !s.tokens.some((t) => t.kind === 'word')), 'no word in white space');
  }
});

test('binary bytes, NUL and random UTF-16 units', () => {
  for (const r of both('binary', D.binary(FULL ? 1_000_000 : 200_000))) assert.ok(r.model.sentences.length > 0);
});

test('lone surrogates anywhere: nothing throws and no range cuts a real character', () => {
  // the text is still read through the broken characters: every plain-text line as sentences; the
  // Markdown paragraph (one, without blank lines) down to its findings
  const [plain, markdown] = both('surrogates', D.loneSurrogates());
  assert.ok(plain.model.sentences.length >= 10, `${plain.model.sentences.length} sentences`);
  assert.ok(markdown.findings.length > 0);
});

test('every Unicode space and quote mark, paired, unpaired and reversed', () => {
  const [plain] = both('unicode', D.unicodeSpacesAndQuotes());
  // Words separated by any Unicode space are still words: "Officials" … "billion" is one sentence.
  const nbsp = sentenceTexts(plain).find((t) => t.startsWith('Officials\u00a0said'));
  assert.equal(nbsp, 'Officials\u00a0said\u00a0the\u00a0deal\u00a0was\u00a0worth\u00a0$3\u00a0billion.');
  assert.ok(plain.model.quotes.some((q) => plain.model.text[q.start] === '«'));
});

test('right-to-left text with bidi controls: Arabic, Hebrew and mixed sentences', () => {
  for (const r of both('rtl', D.rightToLeft())) {
    assert.ok(r.model.sentences.length >= 7);
    const smith = r.model.statements.find((st) => sentenceTexts(r)[st.sentence].startsWith('John Smith said'));
    assert.equal(smith && r.model.sources[smith.attributions[0].source].name, 'John Smith');
  }
});

test('1,000 levels of nested Markdown quotes and lists: bounded time, the innermost text kept', () => {
  for (const [shape, text] of Object.entries(D.nestedMarkdown())) {
    for (const r of both(`nested ${shape}`, text)) {
      const prose = r.model.prose.replace(/\s+/g, ' ');
      assert.ok(/Officials said|Smith said/.test(prose), `${shape} (${r.model.format}) lost its text`);
    }
  }
});

/** Checks a shape at size n and 8n: time may grow eightfold, not sixty-four-fold (quadratic). */
function linear(name: string, make: (n: number) => string, n: number, sentencesPer = 0): void {
  const small = make(n);
  const bigN = FULL ? n * 80 : n * 8;
  const big = make(bigN);
  let base = Infinity;
  for (let i = 0; i < 3; i++) base = Math.min(base, checked(name, small, 'plaintext').ms);
  for (const format of FORMATS) {
    const { ms, model } = checked(name, big, format);
    assert.ok(model.sentences.length > 0);
    if (sentencesPer) assert.equal(model.sentences.length, bigN * sentencesPer, `${name} (${format}): every sentence found`);
    if (format === 'plaintext') assert.ok(ms < 30 * (base + 20) * (big.length / small.length / 8), `${name}: ${Math.round(base)} ms at ${small.length} characters, ${Math.round(ms)} ms at ${big.length}`);
  }
}

test('a single line of 500 KB (5 MB with SOURCECHECK_ROBUSTNESS=full) grows linearly', () => {
  linear('single line', (n) => D.singleLine(n), 62_500);
});

test('an article of 2 MB (20 MB with SOURCECHECK_ROBUSTNESS=full) grows linearly', () => {
  linear('big article', (n) => D.bigArticle(n), 250_000);
});

test('10,000 sentences (100,000 with SOURCECHECK_ROBUSTNESS=full) grow linearly', () => {
  linear('many sentences', (n) => D.manySentences(n), 1_250, 1);
});

test('sentences of 50,000 words: plain, mixed, cue-, quote-, name- and hedge-dense', () => {
  for (const [shape, text] of Object.entries(D.longSentences(50_000))) {
    for (const r of both(`long sentence ${shape}`, text)) assert.ok(r.model.sentences.length >= 1);
  }
});

test('analysis is deterministic on hostile input', () => {
  for (const text of [D.unicodeSpacesAndQuotes(), D.loneSurrogates(), D.rightToLeft(), D.binary(20_000)]) {
    for (const format of FORMATS) assert.deepEqual(analyze(text, { format }), analyze(text, { format }));
  }
});
