// The evaluation harness on a tiny folder of invented data (tests/fixtures/eval), with the
// expected precision, recall and F1 worked out by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEvalArgs, runEval } from '../scripts/eval';
import { evaluateClef } from '../scripts/eval/checkworthiness';
import { bestThreshold, foldOf } from '../scripts/eval/claim-model';
import { averagePrecision, binaryPRF, codePointMap, prf } from '../scripts/eval/common';
import { evaluateNews } from '../scripts/eval/news';
import { evaluatePolnear, positions, speakerCorrect, type Relation } from '../scripts/eval/polnear';
import { evaluateUncertainty } from '../scripts/eval/uncertainty';

const DIR = join(__dirname, 'fixtures', 'eval');
const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

test('metrics: P/R/F1, binary counts, average precision, code points to UTF-16', () => {
  assert.deepEqual(prf(1, 2, 1, 4), { precision: 0.5, recall: 0.25, f1: 1 / 3 });
  assert.deepEqual(prf(0, 0, 0, 3), { precision: 0, recall: 0, f1: 0 });
  const b = binaryPRF([true, true, false, false], [true, false, true, false]);
  assert.deepEqual([b.tp, b.fp, b.fn, b.precision, b.recall], [1, 1, 1, 0.5, 0.5]);
  // ranking: positive, negative, positive -> (1/1 + 2/3) / 2
  close(averagePrecision([0.9, 0.8, 0.7], [true, false, true]), (1 + 2 / 3) / 2);
  const toU16 = codePointMap('a👋b');
  assert.deepEqual([toU16(0), toU16(1), toU16(2), toU16(3)], [0, 1, 3, 4]);
});

test('claim training helpers: folds by debate, threshold at the precise end of the F1 plateau', () => {
  const folds = foldOf(['b', 'a', 'c', 'a', 'f', 'e', 'd']);
  assert.deepEqual([...folds], [['a', 0], ['b', 1], ['c', 2], ['d', 3], ['e', 4], ['f', 0]]);
  // Cutting at 0.55 gives F1 1; nothing else comes close.
  assert.equal(bestThreshold([0.9, 0.6, 0.5, 0.1], [true, true, false, false]), 0.55);
});

const text = readFileSync(join(DIR, 'polnear', 'dev', 'text', 'fx-1.txt'), 'utf8');
const at = (s: string): Array<[number, number]> => [[text.indexOf(s), text.indexOf(s) + s.length]];
const rel = (source: string, cue: string, content: string, name?: string): Relation => ({
  source: source ? positions(text, at(source)) : [],
  cue: positions(text, at(cue)),
  content: content ? positions(text, at(content)) : [],
  name,
  text: { source, cue, content },
});

test('PolNeAR: exact and partial span scores against hand-worked figures (first annotator only)', () => {
  const predicted = [
    rel('Mayor Jane Smith', 'said', 'the bridge will close in May.', 'Jane Smith'), // all exact (the full stop does not count)
    rel('city clerk', 'according to', 'The council approved the budget', 'city clerk'), // source and content partial
    rel('Town news', 'today', ''), // a false relation (the second annotator's, ignored)
  ];
  const s = evaluatePolnear(join(DIR, 'polnear', 'dev'), undefined, () => predicted);
  assert.equal(s.articles, 1);
  assert.equal(s.goldRelations, 3);
  assert.deepEqual([s.source.precision, s.source.recall], [1 / 3, 1 / 3]);
  assert.deepEqual([s.source.partial.precision, s.source.partial.recall], [2 / 3, 2 / 3]);
  assert.deepEqual([s.cue.precision, s.cue.recall], [2 / 3, 2 / 3]);
  assert.deepEqual([s.content.precision, s.content.recall, s.content.partial.precision, s.content.partial.recall], [1 / 2, 1 / 3, 1, 2 / 3]);
  close(s.content.f1, (2 * 0.5 * (1 / 3)) / (0.5 + 1 / 3));
  assert.equal(s.speakerAccuracy, 1);
});

test('PolNeAR: the speaker is right by overlapping span or by resolved name', () => {
  const gold = rel('Mayor Jane Smith', 'said', '');
  assert.ok(speakerCorrect(gold, rel('Jane Smith', 'said', '')));
  assert.ok(speakerCorrect(gold, rel('Residents', 'said', '', 'Jane Smith')), 'resolved to the same name');
  assert.ok(!speakerCorrect(gold, rel('Residents', 'said', '', 'Residents')));
});

test('PolNeAR through the product: offsets line up past a character outside the BMP', () => {
  const s = evaluatePolnear(join(DIR, 'polnear', 'dev'));
  assert.ok(s.cue.recall >= 1 / 3, 'finds "said"');
  assert.ok(s.source.partial.recall >= 1 / 3, 'finds Mayor Jane Smith');
  for (const part of [s.source, s.cue, s.content]) for (const x of [part.precision, part.recall, part.f1]) assert.ok(x >= 0 && x <= 1);
});

test('uncertainty: sentence and cue scores from the hedges field', () => {
  const u = evaluateUncertainty(join(DIR, 'uncertainty', 'factbank-dev.jsonl'));
  // found: may, expect (after an emoji), If; missed: "remain to be confirmed"; "appeared in court" is no hedge
  assert.deepEqual([u.sentences, u.uncertain], [6, 4]);
  assert.deepEqual(u.sentence, { precision: 1, recall: 0.75, f1: 6 / 7 });
  assert.deepEqual([u.cue.precision, u.cue.recall], [1, 0.75]);
});

test('CLEF: claims rank above courtesies; F1 at the extension threshold', () => {
  const c = evaluateClef(join(DIR, 'clef2019', 'train.jsonl'));
  assert.deepEqual([c.lines, c.positives, c.averagePrecision, c.meanAveragePrecision], [4, 2, 1, 1]);
  assert.equal(c.f1, 1);
});

test('news: findings per 1,000 words agree with the counts; samples are capped and repeatable', () => {
  const a = evaluateNews(join(DIR, 'news', 'bbc'), 1);
  const b = evaluateNews(join(DIR, 'news', 'bbc'), 1);
  assert.equal(a.scores.articles, 1);
  assert.ok(a.scores.findings['unattributed-claim'] >= 1, 'the job cuts have no source');
  for (const [rule, n] of Object.entries(a.scores.findings)) close(a.scores.perThousandWords[rule], (1000 * n) / a.scores.words);
  assert.equal(a.samples.length, Object.keys(a.scores.findings).length);
  assert.deepEqual(a.samples, b.samples);
});

test('the whole run: every part, JSON shape, and absent parts named', () => {
  const out = runEval(parseEvalArgs([DIR, '--json', '--samples', '2']), () => {});
  const r = out.result as Record<string, any>;
  for (const key of ['polnear', 'claimbuster', 'clef2019', 'uncertainty', 'falseAlarms']) assert.ok(r[key], key);
  for (const k of ['precision', 'recall', 'f1']) assert.equal(typeof r.polnear.source[k], 'number');
  assert.equal(typeof r.polnear.speakerAccuracy, 'number');
  assert.equal(r.claimbuster.folds, 5);
  assert.deepEqual(Object.keys(r.uncertainty).sort(), ['factbank', 'wiki']);
  assert.deepEqual(r.absent, []);
  const none = runEval(parseEvalArgs([join(DIR, 'nowhere'), '--only', 'polnear,clef2019']), () => {});
  assert.equal((none.result.absent as string[]).length, 2);
  assert.throws(() => parseEvalArgs([DIR, '--only', 'bogus']), /--only/);
});
