// Cross-link relevance and article titles: pure functions, no protocol.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../server/src/analysis/analyze';
import { crossLinkRelevance, keyTerms, RELATED_THRESHOLD, scoreHeadline, stem } from '../server/src/analysis/relevance';
import { articleTitle, headlineKey, TitleIndex } from '../server/src/analysis/titles';
import { seedText } from './helpers/seed';

test('on the seed, the "Beautiful Planes" promo is unrelated and the tariffs promo related', () => {
  const [planes, tariffs] = crossLinkRelevance(analyze(seedText()));
  assert.deepEqual(planes.terms.map((t) => t.word), ['Trump', 'Seven', 'Beautiful', 'Planes', 'Shot', 'Pak', 'India', 'Clash']);
  assert.deepEqual(planes.shared.map((t) => t.word), ['Trump', 'India']);
  assert.equal(planes.score, 0.25);
  assert.equal(planes.related, false);
  assert.deepEqual(tariffs.shared.map((t) => t.word), ['Trump', 'Warns', 'India', 'Tariffs', 'Russian', 'Oil', 'Purchases']);
  assert.equal(tariffs.score, 7 / 8);
  assert.equal(tariffs.related, true);
});

test('the cross-link lines themselves are not body: a promo cannot make itself related', () => {
  const text = 'The council approved the budget on Monday, the mayor said.\nRead More: Volcano erupts near Reykjavik\nSee also: Volcano erupts near Reykjavik again\n';
  const rel = crossLinkRelevance(analyze(text));
  assert.deepEqual(rel.map((r) => r.score), [0, 0]);
  assert.ok(rel.every((r) => !r.related));
});

test('stems meet across inflections; filler and short words are not key terms', () => {
  assert.equal(stem('purchases'), stem('purchasing'));
  assert.equal(stem('warns'), stem('warning'));
  assert.equal(stem('tariffs'), stem('tariff'));
  assert.equal(stem('policies'), stem('policy'));
  assert.equal(stem('India’s'), stem('India'));
  assert.deepEqual(keyTerms('Why the PM says he is “ready” to go up to Pak-India talks').map((t) => t.word), ['ready', 'Pak', 'India', 'talks']);
});

test('the threshold separates related from unrelated; a headline without key terms is not related', () => {
  const body = new Map([['flood', 3], ['dhaka', 2]]);
  assert.equal(scoreHeadline('Floods hit Dhaka again', body).related, true); // 2 of 3 key terms ("hit" is too short)
  assert.equal(scoreHeadline('Floods and elections in Lagos tonight', body).score, 0.25);
  assert.ok(RELATED_THRESHOLD > 0.25 && RELATED_THRESHOLD <= 0.5);
  assert.deepEqual(scoreHeadline('It is up to you', body), { score: 0, related: false, terms: [], shared: [] });
});

test('a title is the first Markdown H1, else the first non-empty line; inline markup drops out', () => {
  assert.deepEqual(articleTitle('\n\n  Hegseth Visits Manila  \nBody.\n', 'plaintext'), { start: 4, end: 25, text: 'Hegseth Visits Manila' });
  const md = '---\ntitle: ignored\n---\nIntro line\n\n```\n# not a title\n```\n# The *Real* [Title](https://x.example) #\n';
  const t = articleTitle(md, 'markdown')!;
  assert.equal(t.text, 'The Real Title');
  assert.equal(md.slice(t.start, t.end), 'The *Real* [Title](https://x.example)');
  assert.equal(articleTitle('Setext Title\n============\n\nBody', 'markdown')!.text, 'Setext Title');
  assert.equal(articleTitle('Intro paragraph only.\n', 'markdown')!.text, 'Intro paragraph only.');
  assert.equal(articleTitle('\n \n', 'plaintext'), null);
});

test('headline keys fold case, accents, quotes and punctuation; a title index never links a file to itself', () => {
  assert.equal(headlineKey('Trump Says Seven ‘Beautiful Planes’ Shot Down in Pak-India Clash'), 'trump says seven beautiful planes shot down in pak india clash');
  assert.equal(headlineKey('Café “Crème” — India’s Plan!'), headlineKey('cafe creme: indias plan'));
  const titles = new TitleIndex();
  titles.add('b.md', 'Floods Hit Dhaka');
  titles.add('a.md', 'floods hit “Dhaka”');
  titles.add('c.md', null);
  assert.equal(titles.resolve('Floods hit Dhaka', 'x.md'), 'a.md');
  assert.equal(titles.resolve('Floods hit Dhaka', 'a.md'), 'b.md');
  assert.equal(titles.resolve('Something else'), null);
});
