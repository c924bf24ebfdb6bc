// Hover cards: what the model says about the sentence, source or cross-link under the cursor.
import { isDistancing } from '../analysis/hedges';
import { isTranscriptTurn } from '../analysis/transcript';
import type { LineIndex } from '../analysis/lines';
import type { Attribution, DocumentModel, Source, Span, Statement } from '../analysis/types';
import { primaryAttribution } from '../check';

const STATUS_LABEL: Record<Statement['status'], string> = {
  attributed: '✅ Attributed',
  unattributed: '⚠️ Unattributed claim',
  'vague-source': '⚠️ Vague source',
  unconfirmed: '⚠️ Unconfirmed',
  'not-a-claim': 'Not a check-worthy claim',
};

const inside = (offset: number, s: Span): boolean => offset >= s.start && offset <= s.end;
const clip = (s: string, n = 80): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
};
export const md = (s: string): string => s.replace(/([\\`*_{}[\]<>()#+!|])/g, '\\$1');

export function hoverAt(model: DocumentModel, index: LineIndex, offset: number): { markdown: string; span: Span } | null {
  const cross = model.crossLinks.find((c) => inside(offset, c));
  if (cross) {
    return {
      span: cross,
      markdown: [`**Cross-link** · promo line for another story`, '', `Headline: “${md(cross.headline)}”`, '', `Excluded from the article body: names in it are never used to resolve “he” or “she”.`].join('\n'),
    };
  }
  const source = sourceMentionAt(model, index, offset);
  if (source) return source;
  const st = model.statements.find((x) => inside(offset, model.sentences[x.sentence]));
  if (!st) return null;
  return { span: model.sentences[st.sentence], markdown: statementCard(model, index, st) };
}

function sourceMentionAt(model: DocumentModel, index: LineIndex, offset: number): { markdown: string; span: Span } | null {
  for (const src of model.sources) {
    const m = src.mentions.find((x) => x.via !== 'pronoun' && inside(offset, x) && offset < x.end);
    if (!m) continue;
    const statements = model.statements.filter((st) => st.attributions.some((a) => a.source === src.id && a.kind !== 'lede-sourced'));
    const lines = statements.map((st) => {
      const s = model.sentences[st.sentence];
      return `- line ${lineOf(index, s.start)}: “${md(clip(model.text.slice(s.start, s.end), 70))}”`;
    });
    return {
      span: m,
      markdown: [`**${md(src.name)}**${src.role ? ` — ${md(src.role)}` : ''} (${src.type})`, '', statements.length ? `${statements.length} statement${statements.length === 1 ? '' : 's'} in this document:` : 'No statements attributed to this source.', ...lines].join('\n'),
    };
  }
  return null;
}

function statementCard(model: DocumentModel, index: LineIndex, st: Statement): string {
  const out: string[] = [`**${STATUS_LABEL[st.status]}**`];
  const a = primaryAttribution(model, st);
  if (a && st.status === 'unattributed') {
    // A source for part of the sentence only: say whose part it is, not that the sentence is sourced.
    const src = model.sources[a.source];
    const part = a.content ? ` (“${md(clip(model.text.slice(a.content.start, a.content.end), 50))}”)` : '';
    out.push('', `Only part is attributed: ${md(src.name)}${src.role ? `, ${md(src.role)}` : ''} via “${md(a.cue.text)}”${part}.`);
    if (st.unsourced?.length) out.push('', `Outside it, with no source: ${st.unsourced.map((e) => `“${md(model.text.slice(e.start, e.end))}”`).join(', ')}`);
  } else if (a) {
    out.push('', ...attributionLines(model, index, a));
  }
  const s = model.sentences[st.sentence];
  if (model.dateline && s.start <= model.dateline.start && s.end >= model.dateline.end) {
    out.push('', `Dateline: ${md(model.dateline.place)}${model.dateline.outlet ? ` · outlet ${md(model.dateline.outlet)}` : ''}`);
  }
  const others = st.attributions.filter((o) => o !== a && o.source !== a?.source);
  if (others.length) out.push('', ...others.map((o) => `- also: ${md(model.sources[o.source].name)} (${model.sources[o.source].type}) via “${md(o.cue.text)}”`));
  if (st.claim) out.push('', `Claim: ${st.claim.kinds.join(', ') || 'statement'} · score ${st.claim.score.toFixed(2)}${st.claim.evidence.length ? ` · “${st.claim.evidence.map((e) => md(e.text)).join('”, “')}”` : ''}`);
  const hedges = st.hedges.filter((h) => !h.inQuote && isDistancing(h));
  if (hedges.length) out.push('', `Hedged by the article: ${hedges.map((h) => `“${md(h.text)}”`).join(', ')}`);
  const speakerHedges = st.hedges.filter((h) => h.inQuote);
  if (speakerHedges.length) out.push('', `Hedges inside the source's words (theirs, not the article's): ${speakerHedges.map((h) => `“${md(h.text)}”`).join(', ')}`);
  if (st.notConfirmedBy !== undefined) {
    const s = model.sentences[st.notConfirmedBy];
    const h = model.statements[st.notConfirmedBy].hedges.find((x) => x.type === 'not-confirmed' || x.type === 'unverified');
    out.push('', `Not confirmed: “${md(clip(h ? h.text : model.text.slice(s.start, s.end)))}” (line ${lineOf(index, s.start)})`);
  }
  if (st.vague.length && st.status !== 'vague-source') out.push('', `Vague source: ${st.vague.map((m) => `“${md(m.text)}”`).join(', ')}`);
  if (st.status === 'unattributed') out.push('', 'No source in this sentence or nearby. Name who says so, or mark how it is known.');
  return out.join('\n');
}

/** How a short mention found its source, as the hover explains it. */
const RESOLVED_BY: Partial<Record<Attribution['mention']['via'], string>> = {
  pronoun: 'pronoun, resolved to the speaker or the subject before it',
  surname: 'surname of the person named earlier',
  'first-name': 'first name of the person named earlier',
};

/** A role found its holder by the role named with them ("the MP" → "Labour MP Oona King"), or a mission's members their mission ("Observers" → the mission). */
const roleResolution = (src: Source): string => (src.type === 'person' ? 'role of the person named earlier with it' : 'members of the body named earlier');

function attributionLines(model: DocumentModel, index: LineIndex, a: Attribution): string[] {
  const src = model.sources[a.source];
  const lines = [`Source: **${md(src.name)}**${src.role ? ` — ${md(src.role)}` : ''} (${src.type})`];
  const cue = `Cue: “${md(a.cue.text)}”${a.channel ? ` · Channel: ${md(a.channel)}` : ''}`;
  lines.push('', cue);
  if (a.mention.via === 'unresolved') lines.push('', `Mention: “${md(a.mention.text)}”: nobody it could refer to speaks or is named before it; say who, or check the sentence before.`);
  else if (a.mention.via === 'poll') lines.push('', `Mention: “${md(a.mention.text)}” → ${md(src.name)} (the respondents of the poll or study named just before)`);
  else if (a.mention.via !== 'name' && a.mention.via !== 'vague') lines.push('', `Mention: “${md(a.mention.text)}” → ${md(src.name)} (${RESOLVED_BY[a.mention.via] ?? roleResolution(src)})`);
  if (a.kind === 'lede-sourced' && a.sourcedBy !== undefined) lines.push('', `Lede sourced by line ${lineOf(index, model.sentences[a.sourcedBy].start)}: “${md(clip(model.text.slice(model.sentences[a.sourcedBy].start, model.sentences[a.sourcedBy].end), 70))}”`);
  // (a transcript's turn: the label on its first line says whose the words are)
  if (isTranscriptTurn(a)) lines.push('', a.kind === 'continued-quote' ? `Continues the turn of the transcript label “${md(a.mention.text)}” on line ${lineOf(index, a.mention.start)}.` : `Transcript label: the turn that follows is ${md(src.name)}’s.`);
  else if (a.kind === 'continued-quote') lines.push('', 'Continues a quote attributed earlier.');
  return lines;
}


const lineOf = (index: LineIndex, offset: number): number => index.positionAt(offset).line + 1;
