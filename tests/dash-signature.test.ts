// A quote signed at the end of its line with a dash and its speaker's name, as round-ups of readers'
// words print them: "“…” ― Sonya Herridge" (server/src/analysis/dash-signature.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/analysis/analyze';
import { checkText } from '../server/src/check';

const ROUND_UP = [
  'Readers told us what they think.',
  '',
  '“Mr. Trump embodies the lasting legacy of racism. He represents our greatest shame.” ― Sonya Herridge',
  '“During the debate Trump said Hispanics live in hell. He is ignorant of our culture.”— Pamela Padilla.',
  '“Trump must stop portraying Latinos as gangsters.”– Carla Sanchez',
].join('\n');

test('each quote of a round-up is its signer’s, every sentence of it, and no other line runs into it', () => {
  const m = analyze(ROUND_UP);
  const read = m.statements.flatMap((s) => s.attributions).map((a) => [m.sources[a.source].name, a.cue.text, m.text.slice(a.content!.start, a.content!.end)]);
  assert.deepEqual(read.slice(-5), [
    ['Sonya Herridge', '―', '“Mr. Trump embodies the lasting legacy of racism.'],
    ['Sonya Herridge', '―', 'He represents our greatest shame.”'],
    ['Pamela Padilla', '—', '“During the debate Trump said Hispanics live in hell.'],
    ['Pamela Padilla', '—', 'He is ignorant of our culture.”'],
    ['Carla Sanchez', '–', '“Trump must stop portraying Latinos as gangsters.”'],
  ]);
  // (each signed line is a paragraph of its own, not a headline)
  assert.deepEqual(m.blocks.slice(1).map((b) => b.kind), ['paragraph', 'paragraph', 'paragraph']);
  // (so no quote is left without a speaker)
  assert.equal(checkText(ROUND_UP, 'plaintext').findings.filter((f) => f.rule === 'unattributed-quote').length, 0);
});

test('a dash after a quote that no name ends the line with signs nothing', () => {
  const m = analyze('“We will win,” ― and then the crowd cheered for the mayor.');
  assert.equal(m.statements.flatMap((s) => s.attributions).length, 0);
  // (nor does a dash and a name in the middle of a line)
  const mid = analyze('“We will win” — Sonya Herridge and others shouted it at the rally.');
  assert.equal(mid.statements.flatMap((s) => s.attributions).filter((a) => a.cue.text === '—').length, 0);
});

test('in Markdown, where the signed lines share one paragraph, each line is still its own sentence and speaker', () => {
  const m = analyze(ROUND_UP, { format: 'markdown' });
  const speakers = m.statements.flatMap((s) => s.attributions).map((a) => m.sources[a.source].name);
  assert.deepEqual(speakers.slice(-5), ['Sonya Herridge', 'Sonya Herridge', 'Pamela Padilla', 'Pamela Padilla', 'Carla Sanchez']);
  assert.equal(checkText(ROUND_UP, 'markdown').findings.filter((f) => f.rule === 'unattributed-quote').length, 0);
});
