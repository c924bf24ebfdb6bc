// Ledger entries as schema.org ClaimReview (https://schema.org/ClaimReview), the markup fact-check
// publishers and search engines exchange. Ratings use a 1-5 scale with a textual alternateName, as
// the ClaimReview guidelines suggest; "needs-source" is a to-do, not a verdict, so it is not exported.
import type { LedgerEntry, ReviewStatus } from './types';

const RATING: Record<ReviewStatus, { value: number; name: string } | null> = {
  verified: { value: 5, name: 'True' },
  misleading: { value: 2, name: 'Misleading' },
  false: { value: 1, name: 'False' },
  unverifiable: { value: 0, name: 'Unverifiable' },
  'needs-source': null,
};

export const isExportable = (e: LedgerEntry): boolean => RATING[e.status] !== null;

export interface ExportOptions {
  /** Where the documents are published: a document's URL is this joined with its ledger path. */
  baseUrl?: string;
  /** The publisher, as schema.org's author of the review when no reviewer is named. */
  organization?: string;
}

export function claimReviewJsonLd(entries: LedgerEntry[], options: ExportOptions = {}) {
  return {
    '@context': 'https://schema.org',
    '@graph': entries.filter(isExportable).map((e) => claimReview(e, options)),
  };
}

function claimReview(e: LedgerEntry, { baseUrl, organization }: ExportOptions) {
  const rating = RATING[e.status]!;
  const url = baseUrl ? new URL(e.document.split('/').map(encodeURIComponent).join('/'), baseUrl.endsWith('/') ? baseUrl : baseUrl + '/').href : undefined;
  return {
    '@type': 'ClaimReview',
    identifier: `${e.document}#${e.id}`,
    claimReviewed: e.claim,
    datePublished: e.date.slice(0, 10),
    author: e.reviewer ? { '@type': 'Person', name: e.reviewer } : { '@type': 'Organization', name: organization ?? 'unknown' },
    reviewRating: {
      '@type': 'Rating',
      // Unverifiable has no place on a true-false scale: a name without a number, as schema.org allows.
      ...(rating.value ? { ratingValue: rating.value, bestRating: 5, worstRating: 1 } : {}),
      alternateName: rating.name,
    },
    itemReviewed: {
      '@type': 'Claim',
      appearance: { '@type': 'CreativeWork', ...(url ? { url } : { name: e.document }) },
    },
    ...(e.note ? { reviewBody: e.note } : {}),
    ...(e.evidence.length ? { citation: e.evidence } : {}),
    // The review is published with the article it annotates.
    ...(url ? { url } : {}),
  };
}
