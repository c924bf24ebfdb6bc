// The claim ledger's pure core: ids, matching and staleness, the file format, findings, export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../server/src/check';
import { claimReviewJsonLd } from '../server/src/ledger/claimreview';
import { applyReviews } from '../server/src/ledger/filter';
import { markClaims, parseLedger, serializeLedger, unmarkClaims, type MarkInput } from '../server/src/ledger/format';
import { claimsOverlapping, documentClaims, type DocClaim } from '../server/src/ledger/ids';
import { matchDocument } from '../server/src/ledger/reviews';
import type { Ledger } from '../server/src/ledger/types';
import { seedText } from './helpers/seed';

const SEED = seedText();
const TARIFFS = 'Tensions between the two countries had spiked in August after US President Donald Trump raised tariffs on Indian goods to 50 percent';
const VISAS = 'Adding to the strain, the Trump administration last month introduced a $100,000';
const DOC = 'news/article.txt';
const INPUT: MarkInput = { status: 'verified', note: 'USTR notice', evidence: ['https://ustr.gov/notice'], reviewer: 'Ana', date: '2025-01-02T03:04:05Z' };

const modelOf = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') => checkText(text, format).model;
const claimOf = (text: string, starts: string, format: 'plaintext' | 'markdown' = 'plaintext'): DocClaim => {
  const c = documentClaims(modelOf(text, format)).find((x) => x.text.startsWith(starts));
  assert.ok(c, `no statement starting "${starts}"`);
  return c;
};
/** A ledger with the seed's tariff claim marked. */
function marked(text = SEED, input = INPUT): Ledger {
  const model = modelOf(text);
  const claims = documentClaims(model);
  return markClaims({ entries: [] }, DOC, claims, claims.filter((c) => c.text.startsWith(TARIFFS)), input);
}
const reviewOfTariffs = (ledger: Ledger, text: string, format: 'plaintext' | 'markdown' = 'plaintext') => {
  const model = modelOf(text, format);
  const c = documentClaims(model).find((x) => x.text.replace(/\s+/g, ' ').includes('raised tariffs on Indian goods'));
  return c ? matchDocument(model, ledger, DOC).byStatement.get(c.statement) : undefined;
};

test('a claim keeps its id through edits elsewhere, moved paragraphs and curly/straight quotes', () => {
  const id = claimOf(SEED, TARIFFS).id;
  const lines = SEED.split('\n');
  const editedElsewhere = SEED.replace('10-year defense cooperation framework', 'ten-year defence pact');
  assert.equal(claimOf(editedElsewhere, TARIFFS).id, id);
  const moved = [...lines.slice(0, 9), ...lines.slice(10, 13), lines[9], ...lines.slice(13)].join('\n');
  assert.notEqual(moved, SEED);
  const c = claimOf(moved, TARIFFS);
  assert.equal(c.id, id);
  assert.notEqual(c.context.before, claimOf(SEED, TARIFFS).context.before, 'the context follows the new place');
  assert.equal(claimOf(SEED.replace('Moscow’s war', "Moscow's war"), TARIFFS).id, id);
  const ledger = marked();
  for (const text of [editedElsewhere, moved]) assert.equal(reviewOfTariffs(ledger, text)?.stale, false);
});

test('reflowed lines keep the id, in plain text and Markdown', () => {
  const id = claimOf(SEED, TARIFFS).id;
  // Plain text joins a hard-wrapped line with the next when that starts in lower case.
  const reflowed = SEED.replace('raised tariffs on Indian goods', 'raised tariffs\non Indian goods').replace('50 percent, accusing', '50 percent,\n  accusing');
  assert.equal(claimOf(reflowed, 'Tensions between').id, id);
  const markdown = SEED.split('\n').join('\n\n').replace('Donald Trump raised', 'Donald\nTrump raised').replace('to 50 percent', 'to **50 percent**');
  assert.equal(claimOf(markdown, 'Tensions between', 'markdown').id, id);
  assert.equal(reviewOfTariffs(marked(), markdown, 'markdown')?.stale, false);
});

test('changing the claim’s own words makes the review stale, not lost', () => {
  const ledger = marked();
  const changed = SEED.replace('to 50 percent', 'to 25 percent');
  const m = reviewOfTariffs(ledger, changed);
  assert.ok(m, 'the entry is found by its words and context');
  assert.equal(m.stale, true);
  assert.equal(m.entry.note, 'USTR notice');
  // A heavier rewrite in the same place is still found through the neighbouring sentences.
  const rewritten = SEED.replace(/Tensions between[^\n]*/, 'Relations soured in August when Trump raised tariffs on Indian goods to 50 percent over Russian crude.');
  assert.equal(reviewOfTariffs(ledger, rewritten)?.stale, true);
  // Gone entirely: an orphan, still in the ledger.
  const deleted = SEED.split('\n').filter((l) => !l.startsWith('Tensions')).join('\n');
  const result = matchDocument(modelOf(deleted), ledger, DOC);
  assert.deepEqual(result.orphans.map((e) => e.status), ['verified']);
  assert.equal([...result.byStatement.values()].length, 0);
});

test('the same sentence twice shares one review; other documents are not affected', () => {
  const ledger = marked();
  const twice = `${SEED}\n${SEED.split('\n')[9]}\n`;
  const model = modelOf(twice);
  const hits = [...matchDocument(model, ledger, DOC).byStatement.values()];
  assert.equal(hits.length, 2);
  assert.ok(hits.every((h) => !h.stale));
  assert.equal(matchDocument(model, ledger, 'other.txt').byStatement.size, 0);
});

test('re-marking replaces the entry, keeps the note when none is given, and replaces a stale one', () => {
  const first = marked();
  const again = marked(SEED, { ...INPUT, status: 'misleading', note: undefined, evidence: undefined, date: '2025-02-01T00:00:00Z' });
  assert.equal(again.entries.length, 1);
  const model = modelOf(SEED);
  const claims = documentClaims(model);
  const tariffs = claims.filter((c) => c.text.startsWith(TARIFFS));
  const remarked = markClaims(first, DOC, claims, tariffs, { ...INPUT, status: 'false', note: undefined, evidence: undefined });
  assert.equal(remarked.entries.length, 1);
  assert.deepEqual([remarked.entries[0].status, remarked.entries[0].note, remarked.entries[0].evidence], ['false', 'USTR notice', ['https://ustr.gov/notice']]);
  const changed = SEED.replace('to 50 percent', 'to 25 percent');
  const cc = documentClaims(modelOf(changed));
  const renewed = markClaims(first, DOC, cc, cc.filter((c) => c.text.includes('25 percent')), { ...INPUT, note: 'still right' });
  assert.equal(renewed.entries.length, 1, 'the stale entry is replaced, not duplicated');
  assert.match(renewed.entries[0].claim, /25 percent/);
  assert.equal(unmarkClaims(renewed, DOC, cc, cc.filter((c) => c.text.includes('25 percent'))).entries.length, 0);
});

test('the file is deterministic: sorted entries, fixed key order, unknown keys kept', () => {
  const model = modelOf(SEED);
  const claims = documentClaims(model);
  const pick = (s: string) => claims.filter((c) => c.text.startsWith(s));
  let a: Ledger = { entries: [] };
  a = markClaims(a, 'b.txt', claims, pick(VISAS), INPUT);
  a = markClaims(a, 'a.txt', claims, pick(TARIFFS), INPUT);
  a = markClaims(a, 'a.txt', claims, pick(VISAS), INPUT);
  let b: Ledger = { entries: [] };
  b = markClaims(b, 'a.txt', claims, pick(VISAS), INPUT);
  b = markClaims(b, 'b.txt', claims, pick(VISAS), INPUT);
  b = markClaims(b, 'a.txt', claims, pick(TARIFFS), INPUT);
  const text = serializeLedger(a);
  assert.equal(text, serializeLedger(b));
  assert.ok(text.endsWith('}\n'));
  const parsed = parseLedger(text);
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.ledger.entries.map((e) => `${e.document}:${e.claim.slice(0, 8)}`), ['a.txt:Adding t', 'a.txt:Tensions', 'b.txt:Adding t']);
  assert.deepEqual(Object.keys(JSON.parse(text).entries[0]), ['id', 'document', 'claim', 'context', 'status', 'note', 'evidence', 'reviewer', 'date']);
  const withExtra = JSON.parse(text);
  withExtra.entries[0].ticket = 'FC-12';
  withExtra.team = 'desk';
  const round = serializeLedger(parseLedger(JSON.stringify(withExtra)).ledger);
  assert.equal(JSON.parse(round).entries[0].ticket, 'FC-12');
  assert.equal(JSON.parse(round).team, 'desk');
});

test('a malformed ledger is reported with its line', () => {
  const good = serializeLedger(marked());
  const broken = good.replace('"status": "verified",', '"status": "verified"');
  const p = parseLedger(broken);
  assert.equal(p.problems.length, 1);
  assert.equal(p.problems[0].line, broken.split('\n').findIndex((l) => l.includes('"note"')) + 1);
  assert.match(p.problems[0].message, /not valid JSON/);
  const badStatus = parseLedger(good.replace('"verified"', '"true"'));
  assert.equal(badStatus.problems[0].line, 5, 'the line where the entry starts');
  assert.match(badStatus.problems[0].message, /entry 1: "status" is "true"/);
  assert.equal(badStatus.ledger.entries.length, 0);
  assert.match(parseLedger('{"version": 2, "entries": []}').problems[0].message, /version/);
  assert.deepEqual(parseLedger('').problems, []);
});

test('findings follow the ledger: verified drops, false and misleading replace, stale adds a hint', () => {
  const text = SEED;
  const result = checkText(text, 'plaintext');
  const line10 = (fs: typeof result.findings) => fs.filter((f) => f.start >= text.indexOf('Tensions') && f.start < text.indexOf('Read More: Trump Warns')).map((f) => `${f.rule}:${f.severity}`);
  assert.deepEqual(line10(result.findings), ['unattributed-claim:warning']);
  const apply = (ledger: Ledger, t = text, severities = {}) => {
    const r = checkText(t, 'plaintext');
    return applyReviews(r.model, r.findings, matchDocument(r.model, ledger, DOC), severities);
  };
  assert.deepEqual(line10(apply(marked())), []);
  assert.equal(apply(marked()).length, result.findings.length - 1, 'other sentences keep their findings');
  const falseOne = apply(marked(text, { ...INPUT, status: 'false', note: 'It was 25 percent' }));
  assert.deepEqual(line10(falseOne), ['claim-false:error']);
  assert.match(falseOne.find((f) => f.rule === 'claim-false')!.message, /marked false by Ana on 2025-01-02: It was 25 percent/);
  assert.deepEqual(line10(apply(marked(text, { ...INPUT, status: 'misleading' }))), ['claim-misleading:warning']);
  assert.deepEqual(line10(apply(marked(text, { ...INPUT, status: 'needs-source' }))), ['unattributed-claim:warning']);
  assert.deepEqual(line10(apply(marked(text, { ...INPUT, status: 'false' }), text, { 'claim-false': 'off' })), []);
  const changed = text.replace('to 50 percent', 'to 25 percent');
  const stale = apply(marked(), changed);
  assert.deepEqual(line10(stale), ['stale-review:hint', 'unattributed-claim:warning']);
  assert.match(stale.find((f) => f.rule === 'stale-review')!.message, /marked verified by Ana.*changed since/);
});

test('export maps verdicts onto schema.org ClaimReview', () => {
  const model = modelOf(SEED);
  const claims = documentClaims(model);
  let ledger = marked();
  ledger = markClaims(ledger, DOC, claims, claims.filter((c) => c.text.startsWith(VISAS)), { ...INPUT, status: 'needs-source' });
  const ld = claimReviewJsonLd(ledger.entries, { baseUrl: 'https://example.org/news' });
  assert.equal(ld['@context'], 'https://schema.org');
  assert.equal(ld['@graph'].length, 1, 'needs-source is a to-do, not a verdict');
  const review = ld['@graph'][0] as Record<string, any>;
  assert.equal(review['@type'], 'ClaimReview');
  assert.match(review.claimReviewed, /^Tensions between/);
  assert.equal(review.datePublished, '2025-01-02');
  assert.deepEqual(review.author, { '@type': 'Person', name: 'Ana' });
  assert.deepEqual(review.reviewRating, { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'True' });
  assert.equal(review.itemReviewed.appearance.url, 'https://example.org/news/news/article.txt');
  assert.deepEqual(review.citation, ['https://ustr.gov/notice']);
  assert.equal(review.reviewBody, 'USTR notice');
});

test('claimsOverlapping gives the same claims as documentClaims over a range, ids and context included', () => {
  // The seed has cross-link lines, whose statements are left out and must not shift the context.
  const full = documentClaims(modelOf(SEED));
  const cuts = [0, 1, 300, SEED.indexOf('Read More'), SEED.indexOf(TARIFFS) + 5, SEED.length - 1, SEED.length];
  for (const start of cuts) {
    for (const end of [start, start + 1, start + 400, SEED.length]) {
      const fresh = modelOf(SEED); // no cached documentClaims: the range is computed alone
      const want = full.filter((c) => c.span.start <= end && start <= c.span.end);
      assert.deepEqual(claimsOverlapping(fresh, start, end), want, `range ${start}–${end}`);
    }
  }
  assert.ok(claimsOverlapping(modelOf(SEED), SEED.indexOf(TARIFFS) + 5, SEED.indexOf(TARIFFS) + 5)[0].text.startsWith(TARIFFS));
  assert.deepEqual(claimsOverlapping(modelOf(''), 0, 0), []);
});
