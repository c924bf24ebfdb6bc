// A poll's respondents as speakers: "those surveyed said", "Some 56 percent of Cuban-Americans
// polled said", "47 percent said", "Respondents said". What they say is the poll's finding, so a
// poll the article has just named is their source; with no poll named, they stay a vague group,
// which the vague-source rule asks the writer to name.
import { copyPhrase, make, phraseEndingAt, type Phrase } from './mentions';
import { shareEndingAt } from './poll-shares';
import type { Attribution, Source, Token } from './types';
import type { SourceRegistry } from './source-registry';

/** Participles that make a group a poll's sample: "those surveyed", "voters polled". */
export const SAMPLED = new Set(['surveyed', 'polled', 'questioned', 'interviewed', 'sampled']);

/**
 * The respondents a phrase ending at the participle `end` names: "those surveyed", "voters polled",
 * "Some 56 percent of Cuban-Americans polled", "More than half of those polled"; null when the word
 * before it is no group ("he was questioned").
 */
export function respondentsEndingAt(tokens: Token[], end: number, prose: string): Phrase | null {
  const before = tokens[end - 1];
  if (!before || before.kind !== 'word') return null;
  let from: number;
  if (before.lower === 'those') from = end - 1;
  else {
    // (a plural group: "voters", "Cuban-Americans", "52 percent of voters")
    if (!/[^s]s$/.test(before.text)) return null;
    const group = phraseEndingAt(tokens, end - 1, prose);
    if (!group || group.kind === 'pronoun') return null;
    from = group.from;
  }
  // ("More than half of those polled", "56 percent of voters surveyed": the share is who said it)
  if (tokens[from - 1]?.lower === 'of') {
    const share = from >= 2 ? shareEndingAt(tokens, from - 2, prose) : null;
    if (share) from = share.from;
  }
  const p = make(tokens, from, end + 1, prose, 'vague', prose.slice(tokens[from].start, tokens[end].end), 'vague');
  return copyPhrase(p, { name: p.text.replace(/^(the|some|a|an)\s+/i, '') });
}

/** Words that make a vague group a poll's sample or a share of one. */
const RESPONDENT_WORDS = /\b(?:respondents|surveyed|polled|questioned|interviewed|sampled|percent|per cent|half|third|thirds|quarter|quarters|majority|minority|plurality|\d+ in \d+|\d+ out of \d+|one in \w+|\w+ in (?:10|ten))\b|\d%/i;

/** Whether a vague source phrase names a poll's respondents or a share of them. */
export const isRespondents = (p: Phrase): boolean => p.kind === 'vague' && RESPONDENT_WORDS.test(p.text);

/** Words that head a poll or the study that asked the people ("The report by the Pew Research Center", "Research by Nokia"). */
const STUDY_WORDS = new Set(['poll', 'survey', 'polls', 'surveys', 'study', 'report', 'research']);
/** The same words inside a source's name or mention. */
const STUDY_NAME = new RegExp(`\\b(?:${[...STUDY_WORDS].join('|')})\\b`, 'i');

/**
 * The words of a sentence that studyIn reads, with their places in it ('' for a sentence with no
 * poll or study word): what the incremental analysis compares to know whether an edit changed them.
 */
export function studyWords(tokens: Token[]): string {
  let has = false;
  for (let i = 0; i < tokens.length && !has; i++) has = STUDY_WORDS.has(tokens[i].lower);
  if (!has) return '';
  const base = tokens[0].start;
  return tokens.map((x) => `${x.text}@${x.start - base}`).join(' ');
}

/** The poll or study a sentence names, as a document phrase ("A Quinnipiac poll", "a recent Gallup survey"), or null. */
function studyIn(tokens: Token[], prose: string): Phrase | null {
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i].kind !== 'word' || !STUDY_WORDS.has(tokens[i].lower)) continue;
    const p = phraseEndingAt(tokens, i, prose);
    // (named or not: "a Quinnipiac poll", "a CNN/ORC International Poll")
    if (p && (p.kind === 'document' || (p.kind === 'name' && p.type === 'document'))) return p;
  }
  return null;
}

/** Whether the phrase says outright that its people were polled, so the poll may be named further back. */
const SAMPLE_NAMED = /\b(?:respondents|surveyed|polled|questioned|interviewed|sampled)\b/i;

/**
 * The polls and studies the article names, read back from a respondents phrase: the nearest within
 * ten sentences (fifteen where the phrase says its people were polled). A study a sentence reports from
 * ("The report by the Pew Research Center reveals …") is that source; one it only names ("A Quinnipiac
 * poll was released Monday") is read from its words, each sentence once.
 */
export class PollsBefore {
  private readonly read = new Map<number, Source | null>();
  constructor(
    private readonly prose: string,
    private readonly sentences: Array<{ tokens: Token[] }>,
    private readonly inBody: (i: number) => boolean,
    private readonly registry: SourceRegistry,
    private readonly attributions: Attribution[][],
  ) {}

  /**
   * The poll or study whose respondents p names, from p's sentence (before p) back; null if none.
   * `opening` is the study the sentence itself reports from, if any ("In a CNN/ORC International
   * Poll, 38 percent said …"), which the sentence's attributions do not hold yet.
   */
  of(p: Phrase, sentence: number, opening: Phrase | null = null): Source | null {
    const window = SAMPLE_NAMED.test(p.text) ? 15 : 10;
    for (let j = sentence; j >= 0 && sentence - j <= window; j--) {
      if (!this.inBody(j)) continue;
      // (or the body whose study it is: "Research by handset maker Nokia shows …" is Nokia's)
      const reported = this.attributions[j].find((a) => (j < sentence || a.mention.end <= p.start) && (this.isStudy(this.registry.sources[a.source]) || STUDY_NAME.test(a.mention.text)));
      if (reported) return this.registry.sources[reported.source];
      if (j === sentence) {
        // ("In the Countryfile survey, 47% said …": a study earlier in the sentence itself)
        const phrase = opening && opening.end <= p.start ? opening : studyIn(this.sentences[j].tokens, this.prose);
        if (phrase && phrase.end <= p.start) return this.registry.documentSource(phrase);
        continue;
      }
      let study = this.read.get(j);
      if (study === undefined) {
        const phrase = studyIn(this.sentences[j].tokens, this.prose);
        study = phrase ? this.registry.documentSource(phrase) : null;
        this.read.set(j, study);
      }
      if (study) return study;
    }
    return null;
  }

  private isStudy(s: Source): boolean {
    return s.type === 'document' && STUDY_NAME.test(s.name);
  }
}
