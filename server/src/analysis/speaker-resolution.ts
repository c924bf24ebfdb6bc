// The cross-sentence pass over what each sentence says on its own: one source per person or group,
// and pronoun, role and surname mentions resolved to the most recent compatible speaker, so "he said"
// after "Hegseth thanked Singh" is Hegseth.
import { PRONOUNS_PLURAL } from './lexicon';
import type { Phrase } from './mentions';
import { SourceRegistry } from './source-registry';
import type { SentenceCandidates } from './attribution';
import type { Attribution, Block, Mention, Sentence, Source } from './types';
import { emptyObjectLists } from '../util/object-lists';
import { tokenAt } from './token-at';

export const isBody = (b: Block): boolean => b.kind !== 'cross-link' && b.kind !== 'heading';

/** The cross-sentence pass: one source per person or group, pronouns resolved to speakers. */
export function resolveAttributions(
  prose: string,
  sentences: Sentence[],
  blocks: Block[],
  candidates: SentenceCandidates[],
): { attributions: Attribution[][]; sources: Source[] } {
  const registry = new SourceRegistry();
  const result = emptyObjectLists<Attribution>(sentences.length);
  let lastSpeaker: Source | null = null;
  let lastPlural: Source | null = null;
  let lastBody: Source | null = null;
  const recentPersons: Source[] = [];

  for (const s of sentences) {
    if (!isBody(blocks[s.block])) continue;
    const { found, names, channel } = candidates[s.index];
    for (const f of found) {
      if (f.firstLineOnly && !firstLine(prose, s.start)) continue;
      const mention = resolve(f.phrase, s.index, registry, lastSpeaker, f.phrase.name === 'it' ? lastBody : lastPlural, recentPersons, names);
      if (!mention) continue;
      const source = registry.sources[mention.source];
      result[s.index].push({
        source: source.id,
        sentence: s.index,
        mention,
        cue: f.cue,
        content: f.content,
        channel,
        kind: f.kind,
      });
      // (a pronoun nobody was found for stands for no one later pronouns could mean)
      if (mention.via === 'unresolved') continue;
      if (source.type === 'person') lastSpeaker = source;
      if (source.type !== 'person' || isGroup(f.phrase)) lastPlural = source;
      // ("it" stands for an organization, an outlet or a document, never for people, named or not:
      // "…,” it said after "Sony has said" is not the fans or analysts named before)
      if (source.type !== 'person' && source.type !== 'vague') lastBody = source;
    }
    for (const p of names) {
      const m = registry.resolveName(p, s.index);
      const src = registry.sources[m.source];
      if (src.type === 'person') recentPersons.push(src);
    }
  }
  return { attributions: result, sources: registry.sources };
}

/** People as a group, whom a later "they" stands for: "Lawyers for the family", "Sanders and Clinton", "her aides". */
const GROUP = /(?:^|\s)(?:and|[a-z]+[a-hj-rt-z]s)(?=\s|$)|^[A-Z][a-z]+(?:ers|ors|ists|ians|ants|ents)(?=\s|$)/;
const isGroup = (p: Phrase): boolean => p.kind !== 'pronoun' && GROUP.test(p.text);

function resolve(
  p: Phrase,
  sentence: number,
  registry: SourceRegistry,
  lastSpeaker: Source | null,
  lastPlural: Source | null,
  recentPersons: Source[],
  names: Phrase[],
): Mention | null {
  if (p.kind === 'pronoun') {
    if (p.name === 'i' || p.name === 'we') return registry.resolveName({ ...p, name: p.name === 'i' ? 'the writer' : 'we (the writers)' }, sentence);
    // ("Hillary Clinton isn’t rattled …, she said" opening an article: the person named last before
    // the pronoun in its own sentence, when no one was named before)
    const person = p.name === 'he' || p.name === 'she';
    if (person && !lastSpeaker && !recentPersons.length) {
      let named: Phrase | undefined;
      for (const n of names) if (n.end <= p.start) named = n;
      if (named) return registry.mention(registry.sourceOf(named)[0], p, 'pronoun', sentence);
    }
    const target = PRONOUNS_PLURAL.has(p.name) || p.name === 'it' ? lastPlural : person ? lastSpeaker ?? (recentPersons.length ? recentPersons[recentPersons.length - 1] : null) : null;
    // Nobody compatible spoke or was named before: the sentence still says it is someone's, and the
    // hover says whose we could not tell, rather than calling the claim unattributed.
    return target ? registry.mention(target, p, 'pronoun', sentence) : registry.unresolvedPronoun(p, sentence);
  }
  if (p.kind === 'role' && !p.role) {
    const target = registry.findByRole(p.name);
    if (target) return registry.mention(target, p, 'role', sentence);
    // nobody named holds the role yet: the source is the role as written ("prime minister")
    return registry.resolveName({ ...p, name: p.text.replace(/^(the|a|an|his|her|their|its)\s+/i, '') }, sentence);
  }
  if (p.kind === 'vague' || p.kind === 'document') return registry.resolveVague(p, sentence);
  return registry.resolveName(p, sentence);
}

/** Whether only spaces and tabs come before `start` in the document: its first line. */
function firstLine(prose: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) if (prose[i] !== ' ' && prose[i] !== '\t') return false;
  return true;
}
