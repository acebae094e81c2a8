/** A periodic review checks in along the way; the final review comes before a partnership is closed. */
export const REVIEW_KINDS = ['periodic', 'final'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

/** What the reviewer decides the partnership should do next. */
export const REVIEW_DECISIONS = ['continue', 'amend', 'renew', 'close'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
