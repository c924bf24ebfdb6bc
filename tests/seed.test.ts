// The seed article must read exactly as the attribution issue's table says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText, primaryAttribution } from '../server/src/check';
import { lineOf, seedText } from './helpers/seed';

const text = seedText();
const { model, findings } = checkText(text, 'plaintext');

/** Statements of one line, in order, with the text fields a reader checks. */
function line(n: number) {
  return model.statements
    .filter((st) => lineOf(text, model.sentences[st.sentence].start) === n)
    .map((st) => {
      const a = primaryAttribution(model, st);
      const src = a ? model.sources[a.source] : null;
      return { st, a, source: src?.name ?? null, type: src?.type ?? null, role: src?.role ?? null, mention: a?.mention.text ?? null, cue: a?.cue.text ?? null, channel: a?.channel ?? null };
    });
}
const rulesOn = (n: number) => findings.filter((f) => lineOf(text, f.start) === n).map((f) => f.rule).sort();

test('line 1: dateline TDI, lede sourced by line 2, vague "officials describe"', () => {
  assert.deepEqual(model.dateline && { place: model.dateline.place, outlet: model.dateline.outlet }, { place: 'Kuala Lumpur', outlet: 'TDI' });
  const [s] = line(1);
  assert.equal(s.st.status, 'attributed');
  assert.equal(s.source, 'Pete Hegseth');
  assert.equal(s.a?.kind, 'lede-sourced');
  assert.equal(lineOf(text, model.sentences[s.a!.sourcedBy!].start), 2);
  assert.deepEqual(rulesOn(1), ['vague-source']);
  const vague = findings.find((f) => f.rule === 'vague-source' && lineOf(text, f.start) === 1)!;
  assert.equal(text.slice(vague.start, vague.end), 'officials describe');
});

test('line 2: both sentences by Pete Hegseth, US Defense Secretary; the second via "he"', () => {
  const [a, b] = line(2);
  assert.equal(line(2).length, 2);
  assert.deepEqual([a.source, a.role, a.type], ['Pete Hegseth', 'US Defense Secretary', 'person']);
  assert.deepEqual([b.source, b.mention, b.cue], ['Pete Hegseth', 'he', 'said']);
  assert.equal(a.st.status, 'attributed');
  assert.equal(b.st.status, 'attributed');
  assert.deepEqual(rulesOn(2), []);
});

test('line 3: Pete Hegseth on X, flagged as a social-media source', () => {
  const [s] = line(3);
  assert.deepEqual([s.source, s.mention, s.cue, s.channel], ['Pete Hegseth', 'Hegseth', 'wrote', 'X']);
  assert.deepEqual(rulesOn(3), ['social-media-source']);
});

test('line 4: Hindustan Times (media, secondhand), then Pete Hegseth', () => {
  const [a, b] = line(4);
  assert.deepEqual([a.source, a.type, a.cue], ['Hindustan Times', 'media', 'According to']);
  assert.equal(b.source, 'Pete Hegseth');
  assert.deepEqual(rulesOn(4), ['secondhand-source']);
});

test('line 5: "he said" is Hegseth, not Singh', () => {
  const [s] = line(5);
  assert.deepEqual([s.source, s.mention], ['Pete Hegseth', 'he']);
  assert.deepEqual(rulesOn(5), []);
});

test('line 6 and 11: the two cross-links', () => {
  assert.deepEqual(rulesOn(6), ['cross-link']);
  assert.deepEqual(rulesOn(11), ['cross-link']);
  assert.deepEqual(model.crossLinks.map((c) => c.headline), [
    'Trump Says Seven ‘Beautiful Planes’ Shot Down in Pak-India Clash',
    'Trump Warns India of Massive Tariffs Over Russian Oil Purchases',
  ]);
});

test('line 7: "He" is Hegseth, not Trump from the cross-link', () => {
  const [s] = line(7);
  assert.deepEqual([s.source, s.mention], ['Pete Hegseth', 'He']);
  assert.deepEqual(rulesOn(7), []);
});

test('line 8: no source, an unattributed claim', () => {
  const [s] = line(8);
  assert.equal(s.source, null);
  assert.equal(s.st.status, 'unattributed');
  assert.deepEqual(rulesOn(8), ['unattributed-claim']);
});

test('line 9: Subrahmanyam Jaishankar on social media', () => {
  const [s] = line(9);
  assert.deepEqual([s.source, s.role, s.mention, s.channel], ['Subrahmanyam Jaishankar', 'Indian Foreign Minister', 'Jaishankar', 'social media']);
  assert.deepEqual(rulesOn(9), ['social-media-source']);
});

test('line 10: the accusation is Trump’s, the tariff facts are unattributed', () => {
  const [s] = line(10);
  assert.equal(s.source, 'Donald Trump');
  assert.equal(s.cue, 'accusing');
  assert.equal(s.st.status, 'unattributed');
  assert.deepEqual(rulesOn(10), ['unattributed-claim']);
  const f = findings.find((x) => x.rule === 'unattributed-claim' && lineOf(text, x.start) === 10)!;
  assert.match(f.message, /'50 percent'/);
});

test('line 12: Trump claimed it, New Delhi has not confirmed: unconfirmed, with the evidence linked', () => {
  const [s] = line(12);
  assert.deepEqual([s.source, s.cue], ['Donald Trump', 'claimed']);
  assert.equal(s.st.status, 'unconfirmed');
  assert.deepEqual(rulesOn(12), ['unconfirmed-claim']);
  const f = findings.find((x) => x.rule === 'unconfirmed-claim')!;
  assert.match(f.message, /claimed/);
  assert.match(f.message, /not publicly confirmed/);
  assert.equal(f.related?.length, 1);
});

test('line 13: an unattributed claim with a scare quote, then vague Indian officials', () => {
  const [a, b] = line(13);
  assert.equal(a.source, null);
  assert.equal(a.st.status, 'unattributed');
  assert.deepEqual([b.source, b.type], ['Indian officials', 'vague']);
  assert.equal(b.st.status, 'vague-source');
  assert.deepEqual(rulesOn(13), ['unattributed-claim', 'vague-source']);
  assert.ok(model.quotes.some((q) => text.slice(q.start, q.end) === '“one-time”' && q.scare));
});

test('no other warnings anywhere in the seed', () => {
  const warnings = findings.filter((f) => f.severity === 'warning').map((f) => `${lineOf(text, f.start)}:${f.rule}`);
  assert.deepEqual(warnings, ['1:vague-source', '8:unattributed-claim', '10:unattributed-claim', '12:unconfirmed-claim', '13:unattributed-claim', '13:vague-source']);
});
