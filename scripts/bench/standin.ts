// Generated news-like text, from a fixed seed: the benchmark's stand-in for the BBC folder and the
// long articles of tests/incremental.test.ts. Attributions, quotes (some run on to the next
// paragraph), hedges, cross-links, titles, hard-wrapped lines and ignore directives.

export { seededRandom } from '../eval/common';

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

const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);

/** An article of `lines` paragraphs under a title, joined by `eol` (try '\n', '\r\n' or '\n\n'). */
export function generateArticle(r: () => number, lines: number, eol = '\n'): string {
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
  return out.join(eol);
}
