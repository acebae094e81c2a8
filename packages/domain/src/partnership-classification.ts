/** What a partnership is for (the learning note's functions). */
export const PARTNERSHIP_FUNCTIONS = [
  'service_delivery',
  'infrastructure',
  'service_monitoring',
  'capacity_building',
  'policy_influence',
  'dispute_resolution',
  'information_sharing',
] as const;
export type PartnershipFunction = (typeof PARTNERSHIP_FUNCTIONS)[number];

/** How integrated a partnership is, from loosest to closest. */
export const PARTNERSHIP_FORMS = ['information_sharing', 'coordination', 'collaboration', 'integrated'] as const;
export type PartnershipForm = (typeof PARTNERSHIP_FORMS)[number];

/** What a party brings to a partnership or to one of its activities. */
export const CONTRIBUTION_KINDS = ['cash', 'staff', 'venue', 'materials', 'in_kind'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
