// Interview transcripts: paragraphs opened by a speaker's label ("Bangladesh Post: How would you
// describe …?", "Shaheen Hasan: ACS is …", "Q: …", "A: …"). The label names whose words the
// paragraph holds, as a quote's speaker does: an answer, and the unlabelled paragraphs that carry
// it on, are the interviewee's claims, not the writer's. A page is a transcript only when one label
// asks at least two questions and another answers at least twice: a single "Note: …" or a heading
// with a colon ("New Cabinet: Can the State Forge …?") makes none.
import type { Block, DocumentModel } from './types';

/** A speaker's label opening a paragraph: up to four capitalised words, or Q / A, then a colon. */
const LABEL = /^\**\s*(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})\s*\**\s*:\s*\**\s*\S/u;
/** Only the paragraph's opening is read for a label. */
const HEAD = 60;
/** Labels that are not speakers: page furniture and section names. */
const NOT_SPEAKER = new Set(['photo', 'read more', 'note', 'source', 'editor', 'email', 'e-mail', 'phone', 'tel', 'fax', 'also read', 'related']);
/** Times a label must ask, and another answer, for the page to be a transcript. */
const TURNS = 2;

/**
 * Per sentence of the model: whether it stands in an interviewee's answer (a paragraph opened by
 * the answerer's label, or one after it before the next label). Linear in the blocks.
 */
export function interviewAnswers(model: Pick<DocumentModel, 'prose' | 'blocks' | 'sentences'>): (sentence: number) => boolean {
  const { prose, blocks, sentences } = model;
  const labels: Array<string | null> = blocks.map((b) => labelOf(prose, b));
  const asked = new Map<string, number>();
  const spoke = new Map<string, number>();
  labels.forEach((label, i) => {
    if (!label) return;
    spoke.set(label, (spoke.get(label) ?? 0) + 1);
    if (prose.slice(blocks[i].start, blocks[i].end).trimEnd().endsWith('?')) asked.set(label, (asked.get(label) ?? 0) + 1);
  });
  let interviewer: string | null = null;
  for (const [label, n] of asked) if (n >= TURNS && (!interviewer || n > asked.get(interviewer)!)) interviewer = label;
  if (!interviewer || ![...spoke].some(([label, n]) => label !== interviewer && n >= TURNS)) return () => false;
  // an answer runs from its label to the next label
  const answer = new Uint8Array(blocks.length);
  let current: string | null = null;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind === 'heading' || blocks[i].kind === 'cross-link') {
      current = null;
      continue;
    }
    current = labels[i] ?? current;
    answer[i] = current !== null && current !== interviewer ? 1 : 0;
  }
  return (i) => answer[sentences[i].block] === 1;
}

function labelOf(prose: string, b: Block): string | null {
  if (b.kind === 'heading' || b.kind === 'cross-link') return null;
  const end = Math.min(b.end, b.start + HEAD);
  // (most paragraphs have no colon in their opening: no copy and no expression for them)
  let colon = b.start;
  while (colon < end && prose.charCodeAt(colon) !== 58) colon++;
  if (colon === end) return null;
  const m = LABEL.exec(prose.slice(b.start, end));
  if (!m) return null;
  const label = m[1].endsWith('.') ? m[1].slice(0, -1) : m[1];
  return NOT_SPEAKER.has(label.toLowerCase()) ? null : label;
}
