// Check-worthiness on small hand-made sentences: what is a claim, its kinds and evidence, and the
// score the JSON report exposes for ranking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/analysis/analyze';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorthiness, claimThreshold, sentenceFeatures, withClaimModel } from '../server/src/analysis/claims';
import trained from '../server/src/analysis/claim-weights.json';
import { checkText } from '../server/src/check';
import { fileReport } from '../server/src/output/json';
import { execFileSync } from 'node:child_process';
import { packClaimModel } from '../server/src/analysis/claim-model-pack';

function read(text: string) {
  const m = analyze(text);
  return m.statements.map((st) => {
    const s = m.sentences[st.sentence];
    return { text: text.slice(s.start, s.end), claim: st.claim, score: checkWorthiness(m.prose, s, m.quotes), evidence: st.claim?.evidence.map((e) => e.text) ?? [] };
  });
}
const one = (text: string) => read(text)[0];

test('figures, money, dates and events make a claim, with kinds and evidence', () => {
  const a = one('Unemployment fell to 4.1 percent in March, the lowest rate since 2001.');
  assert.ok(a.claim);
  for (const k of ['statistic', 'date', 'superlative'] as const) assert.ok(a.claim.kinds.includes(k), k);
  assert.ok(a.evidence.includes('4.1 percent'));
  const b = one('The government spent $3 billion on new schools last year.');
  assert.ok(b.claim?.kinds.includes('money'));
  assert.ok(b.evidence.includes('$3 billion'));
  assert.ok(!b.claim?.kinds.includes('statistic'), '"$3 billion" is money, not also a count');
});

test('a day before its month is a date, as a day after it is: "on 27 February", "on February 27"', () => {
  const shapes = (text: string) => sentenceFeatures(text, analyze(text).sentences[0], []).filter((f) => f.includes('<'));
  const british = shapes('The ban came into force on 27 February after 300 people died.');
  assert.ok(british.some((f) => f.includes('<day>')), british.join(' '));
  assert.ok(shapes('The ban came into force on February 27 after 300 people died.').some((f) => f.includes('<day>')));
  // (a count before a capital that is no month stays a count)
  assert.ok(!shapes('Police arrested 27 Maoists after 300 people died.').some((f) => f.includes('<day>')));
  const a = one('Sales fell 8% on 27 February.');
  assert.ok(a.claim?.kinds.includes('date') && a.claim.kinds.includes('statistic'));
});

test('opinion, courtesy, questions and headings are not claims', () => {
  for (const t of ['I think we can do better than this.', 'Thank you all for coming tonight.', 'The plan is a welcome step and deserves support.']) {
    assert.equal(one(t).claim, null, t);
  }
  const q = one('Did the company really pay $5 million in fines last year?');
  assert.equal(q.claim, null);
  assert.ok(q.score < claimThreshold());
  const m = analyze('Profits rise 20 percent in 2004\n\nThe firm said profits rose.');
  assert.equal(m.blocks[0].kind, 'heading');
  assert.equal(m.statements[0].claim, null);
});

test('a claim exactly when the score reaches the threshold, in the model and the JSON report', () => {
  const text = 'Exports rose 12 percent in the first quarter. We need to do better. Thank you. The state cut 20,000 jobs in 2011.';
  const report = fileReport('x.txt', checkText(text, 'plaintext'));
  assert.equal(report.statements.length, 4);
  for (const st of report.statements) {
    assert.equal(typeof st.checkWorthiness, 'number');
    assert.equal(st.claim !== null, st.checkWorthiness! >= claimThreshold(), st.text);
  }
  assert.deepEqual(report.statements.map((s) => s.claim !== null), [true, false, false, true]);
});

test('the check-worthiness ranks a figure above a courtesy', () => {
  const [fact, thanks] = read('The deficit doubled between 2001 and 2008. Thank you very much.');
  assert.ok(fact.score >= claimThreshold() && thanks.score < 0.2 && fact.score - thanks.score > 0.3, `${fact.score} ${thanks.score}`);
});

test('evaluation can swap the model and gets the shipped one back', () => {
  const text = 'Thank you very much.';
  const shipped = one(text).score;
  const always = withClaimModel({ bias: 10, threshold: 0.5, weights: {} }, () => one(text));
  assert.ok(always.claim && always.score > 0.99);
  assert.equal(one(text).score, shipped);
});

test('the scorer reads by word number exactly the features the model was trained on, by name', () => {
  const seed = readFileSync(join(__dirname, '..', 'seeds', '000_7820780226b292ca.txt'), 'utf8');
  const extra = 'The unheard-of Zyxwvutsrq deregulation didn’t “work”, he said: 40% fell (in 2019) — twice as fast as in March.';
  for (const text of [seed, extra]) {
    const m = analyze(text);
    for (const s of m.sentences.filter((x) => x.tokens.at(-1)?.text !== '?')) {
      const z = trained.bias + sentenceFeatures(m.prose, s, m.quotes).reduce((a, f) => a + ((trained.weights as Record<string, number>)[f] ?? 0), 0);
      const byName = 1 / (1 + Math.exp(-z));
      assert.ok(Math.abs(byName - checkWorthiness(m.prose, s, m.quotes)) < 1e-9, text.slice(s.start, s.end));
      // A model swapped in (as evaluation does) looks its words up instead of reading the tokens'
      // numbers for the shipped one: the same weights give the same score.
      const swapped = withClaimModel({ ...trained }, () => checkWorthiness(m.prose, s, m.quotes));
      assert.equal(swapped, checkWorthiness(m.prose, s, m.quotes), text.slice(s.start, s.end));
    }
  }
});

test('the model packed by word number scores as the weights file reads, from source and in the built CLI', () => {
  const seedPath = join(__dirname, '..', 'seeds', '000_7820780226b292ca.txt');
  const text = `${readFileSync(seedPath, 'utf8')}\nThe unheard-of Zyxwvutsrq deregulation didn’t “work”, he said: 40% fell (in 2019).\n`;
  const m = analyze(text);
  const packed = { ...trained, packed: packClaimModel(trained) };
  for (const s of m.sentences) {
    assert.equal(withClaimModel(packed, () => checkWorthiness(m.prose, s, m.quotes)), checkWorthiness(m.prose, s, m.quotes), text.slice(s.start, s.end));
  }
  // dist/ carries the model packed at build time (scripts/packed-claim-model.ts): the seed's scores
  // in the CLI's JSON report are the source's
  const cli = JSON.parse(execFileSync(process.execPath, [join(__dirname, '..', 'dist', 'cli.js'), '--format', 'json', seedPath], { encoding: 'utf8', env: { ...process.env, SOURCECHECK_RESPAWN: '0' } }).toString());
  const fromSource = fileReport('seed', checkText(readFileSync(seedPath, 'utf8'), 'plaintext')).statements.map((st) => st.checkWorthiness);
  assert.ok(fromSource.length > 10);
  assert.deepEqual(cli.files[0].statements.map((st: { checkWorthiness: number }) => st.checkWorthiness), fromSource);
});

test('a sentence in another language is no claim; English with foreign words and names still is', () => {
  for (const text of [
    'Gepersonaliseerde advertenties worden beïnvloed door de content die je op dat moment bekijkt, sinds 2024.',
    'Polri menekankan bahwa Pemilu bukan hanya tanggung jawab Polri semata, tetapi 2024 juga tahun pemilu.',
    'ফরিদপুর-২ আসনে বিএনপির প্রার্থী শামা ওবায়েদ ইসলাম রিংকু ৩২ হাজার ৯৫৩ ভোট পেয়েছেন (32,953 votes).',
  ])
    assert.equal(one(text).claim, null, text);
  for (const text of [
    // a quoted slogan, names in another script, a line-up of names
    "Supporters chanted 'joi bangla, joi bangabandhu' as 5,000 people marched in Dhaka on Monday.",
    'The party of Sheikh Hasina (শেখ হাসিনা) won 224 seats in the 2024 election.',
    'Total organic carbon levels fell by 40% in 2023, influencing microbial processes and food-web interactions.',
    'Tiago (Bridge 45), Makelele, Lampard, Robben, Gudjohnsen (Parker 77) scored 3 goals in 2004.',
  ])
    assert.ok(one(text).claim, text);
});

test('a wire dateline’s date is the filing’s, not evidence of the claim', () => {
  const a = one('WASHINGTON, United States, Feb 15, 2026 (BSS/AFP) - Taylor Fritz blasted 22 aces to reach the final on Saturday.');
  assert.ok(a.claim);
  assert.ok(!a.evidence.includes('15') && !a.evidence.includes('2026'), a.evidence.join(', '));
  assert.ok(a.evidence.includes('22'));
  const b = one('DHAKA, Feb 15, 2026 (BSS) – Stocks surged 5% today amid optimism among investors.');
  assert.deepEqual(b.evidence.filter((e) => e === '2026' || e === '15'), []);
  // not a dateline: a sentence that opens with capitals and a bracket of its own
  const c = one('NATO, founded in 1949 (with 12 members), grew to 32 countries by 2024.');
  assert.ok(c.evidence.includes('1949'));
});
