import { isTranscriptTurn } from '../analysis/transcript';
import { lastWord, type Rule } from './types';

/** The claim rests on another outlet's reporting. */
export const secondhandSource: Rule = {
  id: 'secondhand-source',
  defaultSeverity: 'information',
  description: "The claim rests on another outlet's reporting; check the original report.",
  check(model, options) {
    const own = model.dateline?.outlet;
    const trusted = [...options.trustedOutlets, ...(own ? [own] : [])].map(outletKey).filter((o) => o);
    const out: ReturnType<Rule['check']> = [];
    for (const st of model.statements) {
      let prev: (typeof st.attributions)[number] | undefined;
      for (const a of st.attributions) {
        const src = model.sources[a.source];
        // (one finding per cue: "The pact, the Times reported, will …" has its content in two pieces)
        const again = !!prev && prev.cue.start === a.cue.start && prev.mention.start === a.mention.start;
        prev = a;
        if (again || a.kind === 'lede-sourced' || a.kind === 'continued-quote' || a.kind === 'participial') continue;
        const outlet = src.type === 'media' ? src.name : a.channel && /Times|Post|Journal|News|Herald|Tribune|Express|Guardian|Telegraph|Reuters|Agency|TV|Radio|BBC|CNN|AFP/.test(a.channel) ? a.channel : null;
        if (!outlet || isCovered(outletKey(outlet), trusted)) continue;
        // "A journalist from Al Jazeera asked what …": a question reports nothing to rest on
        // (nor does an outlet ruling something out: "The BBC … has not ruled out offering it overseas" is its own decision)
        // (nor what an outlet hopes or plans for itself, or offers: "Latinohiphopradio.com is hoping to
        // expand", "The Independent offers its readers a comprehensive coverage …")
        // (nor the interviewer's turn in a transcript: "Bangladesh Post: How would you describe …?" is the publication's own)
        const verb = lastWord(a.cue.text);
        if (ASKING.test(verb) || isTranscriptTurn(a) || RULING_OUT.test(a.cue.text) || INTENDING.test(verb)) continue;
        out.push({
          start: Math.min(a.mention.start, a.cue.start),
          end: Math.max(a.mention.end, a.cue.end),
          sentence: st.sentence,
          message: `Secondhand source: this rests on reporting by ${/^\p{Ll}/u.test(outlet) ? `the ${outlet} (unnamed)` : outlet}; check the original report.`,
        });
      }
    }
    return out;
  },
};

const RULING_OUT = /\brul(?:e|es|ed|ing) out$/i;
const INTENDING = /^(?:hop(?:e|es|ed|ing)|wants?|wanted|wanting|plans?|planned|planning|intends?|intended|intending|aims?|aimed|aiming|wish(?:es|ed|ing)?|seeks?|sought|seeking|offers?|offered|offering)$/i;
const ASKING = /^(?:asked|asks|ask|asking|questioned|wondered|wonders)$/i;

const outletKey = (name: string): string => name.toLowerCase().replace(/^the\s+/, '').trim();

/**
 * Whether an outlet is one of `names` or one of its programmes or desks: a newsroom that trusts
 * "BBC" trusts "BBC News" and "BBC Radio 4's Today programme" too.
 */
function isCovered(outlet: string, names: string[]): boolean {
  return names.some((n) => outlet === n || (outlet.startsWith(n) && /^[\s'’]/.test(outlet.slice(n.length))));
}
