import { generateArticle } from '../../scripts/bench/standin';

/** A long Markdown article: generated paragraphs under headings, with lists, quotes and code, many parser chunks long. */
export function markdownArticle(r: () => number, paragraphs: number): string {
  const lines = generateArticle(r, paragraphs, '\n').split('\n').filter((l) => l.trim());
  return lines
    .map((l, i) => (i % 9 === 0 ? `## ${l.split(' ').slice(0, 5).join(' ')}\n\n${l}` : i % 7 === 3 ? `- ${l}\n- *${l.slice(0, 40)}*` : i % 11 === 5 ? `> ${l}` : i % 13 === 6 ? '```\n' + l + '\n```' : l))
    .join('\n\n');
}
