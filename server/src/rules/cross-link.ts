import type { Rule } from './types';

/** A promo line for another story inside the article: excluded from the body, shown for review. */
export const crossLink: Rule = {
  id: 'cross-link',
  defaultSeverity: 'information',
  description: 'A "Read More"-style promo line links to another story; it is not part of the article body.',
  check(model) {
    return model.crossLinks.map((c) => ({
      start: c.start,
      end: c.end,
      message: `Cross-link to another story: "${c.headline}". It is excluded from the article's analysis.`,
    }));
  },
};
