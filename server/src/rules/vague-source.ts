import { RELATIVE_PRONOUN } from '../analysis/name-types';
import { reportsAsUnnamed } from '../analysis/statements';
import { pageFragments } from '../analysis/page-fragments';
import { lastWord, quoteText, type Rule } from './types';
import type { Attribution, QuoteSpan } from '../analysis/types';
import { overlapping } from '../util/spans';

const HYPOTHETICAL = /^(?:would|might|will|may)\s/i;
const ASKED = /^(?:ask|asks|asked|asking)$/i;
/**
 * Participles that say something out loud: a vague group reports through them. (Not cue-words'
 * SAYING, whose "asking", "telling" and "citing" hang as often on another subject: "The tribunal
 * ordered the authorities concerned to publish notices, asking the convicts to surrender".)
 */
const SPEAKING = /^(?:saying|adding|predicting|warning|pointing|explaining|claiming|arguing|insisting|noting|demanding|calling|urging|accusing|alleging|describing|stressing|complaining|forecasting|estimating|suggesting|contending|maintaining)$/i;
/** What an indirect question opens with, past its object: "him whether …", "why …". */
const QUESTION_OPENER = /^(?:(?:him|her|them|me|us|the \w+)\s+)?(?:whether|if|why|how|what|who|when|where)\b/i;
const DISBELIEF = /\b(?:not|n[’']t)\s+(?:\w+\s+)?believe$/i;
const NOT_TOLD = /^(?:want|wants|wanted|wanting|know|knows|knew|known|knowing|understand|understands|understood|realise|realises|realize|realizes|realised|realized|wonder|wonders|wondered|wondering)$/i;

/** Whether the group and its cue lie inside a quotation (not a scare quote): someone's quoted words. */
function insideQuote(a: Attribution, quotes: QuoteSpan[]): boolean {
  // (the quotes are sorted and disjoint: a binary search, not a scan per finding)
  return overlapping(quotes, { start: a.mention.start, end: a.cue.end }).some((q) => !q.scare && q.inner.start <= a.mention.start && a.cue.end <= q.inner.end);
}

/** A source the reader cannot identify: "officials describe", "sources said", "critics". */
export const vagueSource: Rule = {
  id: 'vague-source',
  defaultSeverity: 'warning',
  description: 'The statement rests on an unnamed group ("officials", "sources", "critics") that a reader cannot check.',
  check(model) {
    const out: ReturnType<Rule['check']> = [];
    // (captions and other stories' teasers: nobody's source in this article; read only for a page
    // with a vague source, as most have none)
    let fragment: ((sentence: number) => boolean) | null = null;
    for (const st of model.statements) {
      const seen = new Set<number>();
      for (const a of st.attributions) {
        const src = model.sources[a.source];
        if (src.type !== 'vague' || a.kind === 'continued-quote' || a.kind === 'lede-sourced' || seen.has(a.mention.start)) continue;
        // (a participle counts only as the group's one report in the sentence: "Other analysts were
        // less optimistic, predicting …"; after "Officials said …, adding" the verb is flagged)
        // (and only a participle of speech: not "providers are making their networks intelligent, finding out …")
        if (a.kind === 'participial' && (!SPEAKING.test(a.cue.text.split(/\s+/)[0]) || st.attributions.some((b) => b !== a && b.source === a.source && b.kind !== 'participial'))) continue;
        // "people want to use …", "few people know", "a lot of people were wondering what would
        // happen", "his officials actually understood the issues": a wish, knowledge or a question
        // to oneself, not something they told anyone
        const verb = lastWord(a.cue.text);
        if (NOT_TOLD.test(verb)) continue;
        // "if she lost, people would say …", "Some will recall …": what a group would or will say is the writer's guess, not a report
        if (HYPOTHETICAL.test(a.cue.text)) continue;
        // ("Many had asked him whether he was …", "his harshest critics could not believe that …": a
        // question or a disbelief, which asserts nothing)
        if (ASKED.test(verb) && a.content && QUESTION_OPENER.test(model.text.slice(a.cue.end, a.content.end).trim())) continue;
        if (DISBELIEF.test(a.cue.text)) continue;
        // ("“People were saying 'fourth-choice striker …'", he said": a group in someone's quoted
        // words is theirs to name, not the article's sourcing)
        if (insideQuote(a, model.quotes)) continue;
        // (a group named by its members, one a named source reports, one that reports nothing:
        // "opponents of the bill, including Lord Campbell …", "Labour …, saying members preferred
        // other posters", "when people find that …", "July's People tells …")
        if (!reportsAsUnnamed(a, st.attributions, model.sources, model.sentences[st.sentence])) continue;
        fragment ??= pageFragments(model);
        if (fragment(st.sentence)) break;
        seen.add(a.mention.start);
        const start = Math.min(a.mention.start, a.cue.start);
        const end = Math.max(a.mention.end, a.cue.end);
        // ("…, who said": the message names the group the relative pronoun stands for)
        const said = quoteText(model, { start, end });
        const shown = RELATIVE_PRONOUN.test(a.mention.text) && src.name.toLowerCase() !== a.mention.text.toLowerCase() ? `${src.name}, ${said}` : said;
        out.push({
          start,
          end,
          sentence: st.sentence,
          message: `Vague source: "${shown}" does not say who; name the source, or say why it cannot be named.`,
        });
      }
    }
    return out;
  },
};
