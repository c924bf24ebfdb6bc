import { isDistancing } from '../analysis/hedges';
import { quoteText, type Rule } from './types';

/** A claim the article itself hedges, or says has not been confirmed. */
export const unconfirmedClaim: Rule = {
  id: 'unconfirmed-claim',
  defaultSeverity: 'warning',
  description: 'The claim is hedged ("reportedly", "claimed") or the article says it is not confirmed.',
  check(model) {
    return model.statements
      .filter((st) => st.status === 'unconfirmed')
      .map((st) => {
        const s = model.sentences[st.sentence];
        const hedge = st.hedges.find((h) => !h.inQuote && isDistancing(h) && h.type !== 'not-confirmed');
        const denial = st.notConfirmedBy !== undefined ? model.statements[st.notConfirmedBy].hedges.find((h) => h.type === 'not-confirmed' || h.type === 'unverified') : undefined;
        const parts: string[] = [];
        if (hedge) parts.push(`hedged by "${hedge.text}"`);
        // (one phrase is both: "could not be independently verified" in the claim's own sentence)
        if (denial && !(hedge && hedge.start === denial.start && hedge.end === denial.end)) parts.push(`"${quoteText(model, denial, 50)}"${st.notConfirmedBy !== st.sentence ? ' in a later sentence' : ''}`);
        const related = st.notConfirmedBy !== undefined
          ? [{ ...model.sentences[st.notConfirmedBy], message: 'Says the claim is not confirmed' }].map(({ start, end, message }) => ({ start, end, message }))
          : undefined;
        return {
          start: s.start,
          end: s.end,
          sentence: st.sentence,
          message: `Unconfirmed claim: ${parts.join('; ') || 'hedged'}.`,
          related,
        };
      });
  },
};
