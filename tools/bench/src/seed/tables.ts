// Numbers that keep the row ids of each table apart (see ids.ts).
export const TABLE = {
  organizations: 1,
  users: 2,
  partnerships: 3,
  commitments: 4,
  occurrences: 5,
  ratings: 6,
  indicators: 7,
  reports: 8,
  reportActions: 9,
  servicePoints: 10,
  scorecards: 11,
  actionItems: 12,
  feedback: 13,
  signatures: 14,
  reviews: 15,
} as const;
