// Incremental analysis equals a fresh analysis: random edit sequences (fixed seeds) on the seed and
// on long generated articles (scripts/bench/standin.ts), compared with analyze() after every edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type AnalysisOptions } from '../server/src/analysis/analyze';
import { diff, IncrementalAnalyzer, type TextChange } from '../server/src/analysis/incremental';
import { sameModel } from './helpers/model';
import { seedText } from './helpers/seed';
import { markdownArticle } from './helpers/markdown-article';
import { generateArticle, seededRandom } from '../scripts/bench/standin';

const rng = seededRandom;

const article = (r: () => number, lines: number): string => generateArticle(r, lines, r() < 0.5 ? '\n' : '\r\n');
// Markup that moves prose away from the edit: an underline makes the paragraph above a heading, a fence hides what follows.
const MARKDOWN_SNIPPETS = ['# ', '> ', '- ', '**', '_', '\n===\n', '\n---\n', '\n```\n', '[', '](http://x.y)', '<!-- ', ' -->', '1. ', '\n\n- Read More: ', '\n| a | b |\n|---|---|\n'];
const SNIPPETS = ['a', ' ', '.', '\n', '\n\n', '“', '”', '"', 'said', 'He said ', 'Read More: ', 'X', '\r\n', '\u0000', '// sourcecheck-disable', ', officials said.', ' U.S. ', '’s', '€40 million'];

interface Edit {
  text: string;
  change: TextChange;
}

/** One random edit: typing, deleting, line breaks, pasting a copied stretch, or a whole-text replacement. */
function edit(r: () => number, text: string, markdown = false): Edit {
  const at = Math.floor(r() * (text.length + 1));
  const n = r();
  let start = at;
  let end = at;
  let insert = '';
  if (n < 0.4) insert = markdown && r() < 0.5 ? MARKDOWN_SNIPPETS[Math.floor(r() * MARKDOWN_SNIPPETS.length)] : SNIPPETS[Math.floor(r() * SNIPPETS.length)];
  else if (n < 0.7) end = Math.min(text.length, at + 1 + Math.floor(r() * (r() < 0.8 ? 3 : 200)));
  else if (n < 0.85) {
    const from = Math.floor(r() * text.length);
    insert = text.slice(from, from + Math.floor(r() * 400));
  } else if (n < 0.95) {
    end = Math.min(text.length, at + Math.floor(r() * 20));
    insert = SNIPPETS[Math.floor(r() * SNIPPETS.length)];
  } else {
    start = 0;
    end = text.length;
    insert = text.slice(0, Math.floor(text.length / 2)) + 'New text here.\n' + text.slice(Math.floor(text.length / 2));
  }
  return { text: text.slice(0, start) + insert + text.slice(end), change: { start, oldEnd: end, newEnd: start + insert.length } };
}

function run(name: string, base: string, options: AnalysisOptions, seed: number, edits: number): void {
  test(`${name}: incremental equals fresh after each of ${edits} random edits`, () => {
    const r = rng(seed);
    const inc = new IncrementalAnalyzer(options);
    sameModel(inc.update(base), analyze(base, options));
    let text = base;
    const history: string[] = [];
    for (let i = 0; i < edits; i++) {
      let next: Edit;
      if (history.length && r() < 0.1) {
        const back = history.pop()!; // undo
        next = { text: back, change: diff(text, back) };
      } else {
        next = edit(r, text, options.format === 'markdown');
        history.push(text);
      }
      // Sometimes without a hint (the analyzer diffs), sometimes through a job abandoned half-way.
      const mode = r();
      let model;
      if (mode < 0.15) model = inc.update(next.text);
      else if (mode < 0.3) {
        const abandoned = inc.begin(next.text, next.change);
        abandoned.step(0);
        model = inc.update(next.text, next.change);
        assert.throws(() => abandoned.commit(), /newer analysis/);
      } else model = inc.update(next.text, next.change);
      text = next.text;
      sameModel(model, analyze(text, options), `edit ${i}`);
    }
    // Both ways of bringing the cross-sentence passes up to date must have been checked here.
    console.log(`# ${name}: ${inc.fastUpdates} of ${edits} edits moved the cross-sentence results`);
    assert.ok(inc.fastUpdates >= edits / 10 && inc.fastUpdates <= edits * 0.9, `${inc.fastUpdates} fast updates`);
  });
}

const seed = seedText();
run('seed', seed, {}, 1, 300);
run('seed, CRLF and extra cues', seed.replace(/\n/g, '\r\n'), { extraCues: ['mused'], vagueTerms: ['insiders'] }, 2, 150);
run('long article assembled from the seed and generated text', [seed, article(rng(3), 200), seed, article(rng(4), 200)].join('\n\n'), {}, 5, 100);
run('Markdown', ['# Pact signed', '', seed.split('\n').slice(0, 4).join('\n\n'), '', '> “It is a milestone,” he said.', '', '- Read More: Floods hit Dhaka', '', '```', 'officials said 50%', '```', article(rng(6), 60)].join('\n'), { format: 'markdown' }, 7, 120);
run('long Markdown article, many parser chunks', markdownArticle(rng(8), 300), { format: 'markdown' }, 9, 80);

test('typing and deleting letters mid-article moves the cross-sentence results and still equals a fresh analysis', () => {
  const r = rng(11);
  let text = [seed, article(rng(12), 150), seed].join('\n\n');
  const inc = new IncrementalAnalyzer();
  inc.update(text);
  const edits = 150;
  for (let i = 0; i < edits; i++) {
    const at = seed.length + Math.floor(r() * (text.length - seed.length));
    const deleting = r() < 0.4 && /\p{L}/u.test(text[at] ?? '');
    const change = deleting ? { start: at, oldEnd: at + 1, newEnd: at } : { start: at, oldEnd: at, newEnd: at + 1 };
    text = deleting ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + 'abcdefghijklmnopqrstuvwxyz'[Math.floor(r() * 26)] + text.slice(at);
    sameModel(inc.update(text, change), analyze(text), `edit ${i} at ${at}`);
  }
  console.log(`# typing: ${inc.fastUpdates} of ${edits} edits moved the cross-sentence results`);
  assert.ok(inc.fastUpdates >= edits / 2, `only ${inc.fastUpdates} fast updates`);
});

test('an edit far from a paragraph leaves its analysis objects in place (reused, not recomputed)', () => {
  const text = [seed, article(rng(8), 200)].join('\n\n');
  const inc = new IncrementalAnalyzer();
  const before = inc.update(text);
  const firstTokens = before.sentences[0].tokens;
  const lastTokens = before.sentences[before.sentences.length - 1].tokens;
  const edited = text.slice(0, 10) + 'x' + text.slice(10);
  const after = inc.update(edited, { start: 10, oldEnd: 10, newEnd: 11 });
  assert.equal(after.sentences[after.sentences.length - 1].tokens, lastTokens, 'a block after the edit is moved, not recomputed');
  assert.notEqual(after.sentences[0].tokens, firstTokens, 'the edited block is recomputed');
  sameModel(after, analyze(edited));
});

test('diff finds the same changed range as a character-by-character comparison', () => {
  const r = rng(13);
  const pick = (n: number): string => Array.from({ length: n }, () => 'abx'[Math.floor(r() * 3)]).join('');
  for (let k = 0; k < 5000; k++) {
    const a = pick(Math.floor(r() * 80));
    const at = Math.floor(r() * (a.length + 1));
    const b = a.slice(0, at) + pick(Math.floor(r() * 4)) + a.slice(at + Math.floor(r() * 4));
    let p = 0;
    while (p < Math.min(a.length, b.length) && a[p] === b[p]) p++;
    let s = 0;
    while (s < Math.min(a.length, b.length) - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
    assert.deepStrictEqual(diff(a, b), { start: p, oldEnd: a.length - s, newEnd: b.length - s }, `${a} → ${b}`);
  }
});

test('Markdown: a line break typed before the first paragraph re-reads it with its new context (fuzz counterexample)', () => {
  const inc = new IncrementalAnalyzer({ format: 'markdown' });
  inc.update('Officials told');
  sameModel(inc.update('\nOfficials told', { start: 0, oldEnd: 0, newEnd: 1 }), analyze('\nOfficials told', { format: 'markdown' }));
  sameModel(inc.update('\nOfficials told\n\nMore.', { start: 15, oldEnd: 15, newEnd: 22 }), analyze('\nOfficials told\n\nMore.', { format: 'markdown' }));
});

test('a poll word typed into a sentence without cues reaches the respondents that follow it (the fast path compares a sentence’s study words)', () => {
  const lede = 'Officials met in Dhaka on Monday to discuss the budget.\n\nThe talks lasted three hours.\n\nIt rained.\n\nIt was cold.\n\nIt was late.\n\nThey left.\n\n';
  const before = lede + 'The weather was fine on Monday.\n\nThose surveyed said the economy was the top issue.\n';
  const after = lede + 'The survey was fine on Monday.\n\nThose surveyed said the economy was the top issue.\n';
  const inc = new IncrementalAnalyzer();
  inc.update(before);
  const model = inc.update(after, { start: lede.length, oldEnd: lede.length + 'The weather'.length, newEnd: lede.length + 'The survey'.length });
  sameModel(model, analyze(after));
  const last = model.statements[model.statements.length - 1];
  assert.equal(last.attributions[0].mention.via, 'poll');
});

test('plain text: deleting the full stop before a blank line joins the next wrapped line to the paragraph, and typing it back parts them, as a fresh analysis does', () => {
  const inc = new IncrementalAnalyzer();
  const parted = 'Officials met on Monday.\n\nFive more were killed in a strike.\n\nin the south, the agency said.\n\nIt rained.';
  inc.update(parted);
  const at = parted.indexOf('strike.') + 'strike'.length;
  const joined = parted.slice(0, at) + parted.slice(at + 1);
  const model = inc.update(joined, { start: at, oldEnd: at + 1, newEnd: at });
  sameModel(model, analyze(joined));
  assert.equal(model.blocks.length, 3);
  sameModel(inc.update(parted, { start: at, oldEnd: at, newEnd: at + 1 }), analyze(parted));
  // (a blank line typed between the two halves keeps them one paragraph; a second one parts them)
  const blank = joined.indexOf('\n\nin the south');
  const wider = joined.slice(0, blank) + '\n' + joined.slice(blank);
  sameModel(inc.update(joined, { start: at, oldEnd: at + 1, newEnd: at }), analyze(joined));
  sameModel(inc.update(wider, { start: blank, oldEnd: blank, newEnd: blank + 1 }), analyze(wider));
  assert.equal(analyze(wider).blocks.length, 4);
});

test('a straight mark closing a quote at a line’s end reads the capital after the break, as a fresh analysis does (fuzz counterexample)', () => {
  const text = '“Officials"\nOfficials';
  const fresh = analyze(text);
  assert.deepStrictEqual(fresh.quotes[0].inner, { start: 1, end: 10 });
  sameModel(new IncrementalAnalyzer().update(text), fresh);
  // typing the capital that closes it re-reads the line above
  const inc = new IncrementalAnalyzer();
  inc.update('“Officials"\n');
  sameModel(inc.update(text, { start: 12, oldEnd: 12, newEnd: 21 }), fresh);
});
