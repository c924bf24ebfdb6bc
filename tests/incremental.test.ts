// Incremental analysis equals a fresh analysis: random edit sequences (fixed seeds) on the seed and
// on long generated articles, compared with analyze() after every edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type AnalysisOptions } from '../server/src/analysis/analyze';
import { diff, IncrementalAnalyzer, type TextChange } from '../server/src/analysis/incremental';
import { seedText } from './helpers/seed';

/** mulberry32: a small seeded generator, so every run applies the same edits. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Pete Hegseth', 'Rajnath Singh', 'Maria Lopez', 'the minister', 'officials', 'he', 'she', 'they', 'Reuters', 'a spokesman'];
const CUES = ['said', 'told reporters', 'wrote on X', 'claimed', 'added', 'announced'];
const CLAUSES = [
  'the deal is worth $2.5 billion',
  'exports rose 3.5% in March',
  'the talks would resume on Friday',
  'the plan was reportedly approved',
  'prices could not be independently verified',
  'the U.S. and India signed a 10-year pact',
  'Dr. Smith met Gov. Jones on Jan. 5',
];

/** A long article of varied lines: quotes, attributions, hedges, cross-links, titles, wrapped lines, directives. */
function article(r: () => number, lines: number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const out: string[] = ['Talks Resume In Kuala Lumpur', ''];
  for (let i = 0; i < lines; i++) {
    const n = r();
    if (n < 0.3) out.push(`${pick(NAMES)} ${pick(CUES)} that ${pick(CLAUSES)}. ${cap(pick(CLAUSES))}.`);
    else if (n < 0.45) out.push(`“${cap(pick(CLAUSES))},” ${pick(NAMES)} ${pick(CUES)}.`);
    else if (n < 0.52) out.push(`“${cap(pick(CLAUSES))}, and ${pick(CLAUSES)}.`); // quote run on into the next paragraph
    else if (n < 0.6) out.push(`According to ${pick(NAMES)}, ${pick(CLAUSES)}.`);
    else if (n < 0.65) out.push(`Read More: ${cap(pick(CLAUSES))}`);
    else if (n < 0.7) out.push(`${cap(pick(CLAUSES))} and`, `${pick(CLAUSES)}, ${pick(NAMES)} said.`); // hard-wrapped
    else if (n < 0.73) out.push('// sourcecheck-disable-next-line vague-source');
    else if (n < 0.76) out.push('');
    else if (n < 0.78) out.push(`Section ${i}`);
    else out.push(`${cap(pick(CLAUSES))}, ${pick(NAMES)} ${pick(CUES)}.`);
  }
  return out.join(r() < 0.5 ? '\n' : '\r\n');
}

const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);
const SNIPPETS = ['a', ' ', '.', '\n', '\n\n', '“', '”', '"', 'said', 'He said ', 'Read More: ', 'X', '\r\n', '\u0000', '// sourcecheck-disable', ', officials said.', ' U.S. ', '’s', '€40 million'];

interface Edit {
  text: string;
  change: TextChange;
}

/** One random edit: typing, deleting, line breaks, pasting a copied stretch, or a whole-text replacement. */
function edit(r: () => number, text: string): Edit {
  const at = Math.floor(r() * (text.length + 1));
  const n = r();
  let start = at;
  let end = at;
  let insert = '';
  if (n < 0.4) insert = SNIPPETS[Math.floor(r() * SNIPPETS.length)];
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
    assert.deepStrictEqual(inc.update(base), analyze(base, options));
    let text = base;
    const history: string[] = [];
    for (let i = 0; i < edits; i++) {
      let next: Edit;
      if (history.length && r() < 0.1) {
        const back = history.pop()!; // undo
        next = { text: back, change: diff(text, back) };
      } else {
        next = edit(r, text);
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
      assert.deepStrictEqual(model, analyze(text, options), `edit ${i}`);
    }
  });
}

const seed = seedText();
run('seed', seed, {}, 1, 300);
run('seed, CRLF and extra cues', seed.replace(/\n/g, '\r\n'), { extraCues: ['quipped'], vagueTerms: ['insiders'] }, 2, 150);
run('long article assembled from the seed and generated text', [seed, article(rng(3), 200), seed, article(rng(4), 200)].join('\n\n'), {}, 5, 100);
run('Markdown', ['# Pact signed', '', seed.split('\n').slice(0, 4).join('\n\n'), '', '> “It is a milestone,” he said.', '', '- Read More: Floods hit Dhaka', '', '```', 'officials said 50%', '```', article(rng(6), 60)].join('\n'), { format: 'markdown' }, 7, 120);

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
  assert.deepStrictEqual(after, analyze(edited));
});
