// The items of a list a source introduces: "The ministry listed the measures:" and then, a line each,
// "- A 10 percent cut in fuel tax from July;", "- 500 new buses by 2027." Each item is what the
// ministry listed, so it rests on the intro's source. Read from the finished model by the claim rule,
// like the report that points back (back-reference.ts): an edit to the intro changes what the items
// rest on, and the incremental analysis rebuilds only edited statements.
import type { DocumentModel, Sentence } from './types';

type Model = Pick<DocumentModel, 'prose' | 'blocks' | 'sentences' | 'sources' | 'statements'>;

/** How many items back the intro may stand. */
const MAX_ITEMS = 40;
/** A bullet or number opening an item: "- ", "• ", "1. ", "(a) ", "ii) ". */
const MARKER = /^(?:[-*•●▪◦·–—]\s|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s)/;
/** A label opening an item: "Full cost recovery: Contractors can …" */
const LABEL = /^[^\s:]+(?: [^\s:]+){0,4}:\s/;
/** What ends a sentence of running text (a quote's close may end one). */
const STOPS = new Set(['.', '!', '?', '"', '”', "'", '’', ':']);

/** Whether the sentence at `index` is an item of a list whose intro, ending in a colon, names a source. */
export function sourcedByIntro(model: Model, index: number): boolean {
  if (!isItem(model, model.sentences[index])) return false;
  for (let i = index - 1; i >= 0 && i >= index - MAX_ITEMS; i--) {
    const s = model.sentences[i];
    if (endsWithColon(model.prose, s)) return startsLine(model.prose, model.sentences[i + 1]) && namesSource(model, i);
    if (!isItem(model, s)) return false;
  }
  return false;
}

function namesSource(model: Model, i: number): boolean {
  return model.statements[i].attributions.some((a) => a.kind !== 'lede-sourced' && model.sources[a.source].type !== 'vague');
}

/** An item: in a list block, or on a line of its own opening with a bullet, a number or a label, or ending in no full stop ("…;", "… to 30%"). */
function isItem(model: Model, s: Sentence): boolean {
  if (model.blocks[s.block].kind === 'list-item') return true;
  if (!startsLine(model.prose, s)) return false;
  const text = model.prose.slice(s.start, s.end).trimEnd();
  if (MARKER.test(text) || LABEL.test(text)) return true;
  return !STOPS.has(text[text.length - 1]);
}

function endsWithColon(prose: string, s: Sentence): boolean {
  let e = s.end;
  while (e > s.start && prose.charCodeAt(e - 1) <= 32) e--;
  return prose.charCodeAt(e - 1) === 58;
}

/** Whether only spaces stand between the sentence and the line before it. */
function startsLine(prose: string, s: Sentence | undefined): boolean {
  if (!s) return false;
  for (let k = s.start - 1; k >= 0; k--) {
    const c = prose.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
