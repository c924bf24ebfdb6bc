import type { Rule } from './types';

/** The claim rests on another outlet's reporting. */
export const secondhandSource: Rule = {
  id: 'secondhand-source',
  defaultSeverity: 'information',
  description: "The claim rests on another outlet's reporting; check the original report.",
  check(model, options) {
    const own = model.dateline?.outlet?.toLowerCase();
    const trusted = new Set(options.trustedOutlets.map((o) => o.toLowerCase().replace(/^the\s+/, '')));
    const out: ReturnType<Rule['check']> = [];
    for (const st of model.statements) {
      for (const a of st.attributions) {
        const src = model.sources[a.source];
        if (a.kind === 'lede-sourced' || a.kind === 'continued-quote' || a.kind === 'participial') continue;
        const outlet = src.type === 'media' ? src.name : a.channel && /Times|Post|Journal|News|Herald|Tribune|Express|Guardian|Telegraph|Reuters|Agency|TV|Radio|BBC|CNN|AFP/.test(a.channel) ? a.channel : null;
        if (!outlet || outlet.toLowerCase() === own || trusted.has(outlet.toLowerCase().replace(/^the\s+/, ''))) continue;
        out.push({
          start: Math.min(a.mention.start, a.cue.start),
          end: Math.max(a.mention.end, a.cue.end),
          sentence: st.sentence,
          message: `Secondhand source: this rests on reporting by ${outlet}; check the original report.`,
        });
      }
    }
    return out;
  },
};
