import { SOCIAL_CHANNELS } from '../analysis/channel';
import type { Rule } from './types';

/** The source spoke on a social platform: the post itself should be checked and linked. */
export const socialMediaSource: Rule = {
  id: 'social-media-source',
  defaultSeverity: 'information',
  description: 'The source spoke on a social platform; verify the post and link to it.',
  check(model) {
    const out: ReturnType<Rule['check']> = [];
    for (const st of model.statements) {
      // (a platform is never its own speaker: "… a statement on Facebook addressing …" misread as Facebook's)
      const a = st.attributions.find((x) => x.channel && SOCIAL_CHANNELS.has(x.channel) && x.kind !== 'lede-sourced' && x.kind !== 'continued-quote' && model.sources[x.source].name.toLowerCase() !== x.channel.toLowerCase());
      if (!a) continue;
      const src = model.sources[a.source];
      out.push({
        start: Math.min(a.mention.start, a.cue.start),
        end: Math.max(a.mention.end, a.cue.end),
        sentence: st.sentence,
        message: `Social-media source: ${src.name} spoke on ${a.channel === 'social media' ? 'social media' : a.channel}; verify the post and link to it.`,
      });
    }
    return out;
  },
};
