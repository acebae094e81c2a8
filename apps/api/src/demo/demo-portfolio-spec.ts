// The shape of the demo portfolio: partnerships as stories told step by step, each step by a demo account at the
// moment it stands for. The loader plays every step through the platform's own services.
import type {
  ActionItemStatus,
  ContributionKind,
  FeedbackChannel,
  FeedbackStatus,
  Frequency,
  MouClauseKey,
  PartnershipAction,
  PartnershipCreateInput,
  Rating,
  Recurrence,
  ReviewInput,
  ScorecardCreateInput,
  ServicePointKind,
} from '@daikou/domain';

/** A demo account by the part of its e-mail address before `@daikou.demo` (e.g. `cso.signatory`). */
export type AccountKey = string;

/** A demo organisation by its key in DEMO_ORGANIZATIONS or PORTFOLIO_ORGANIZATIONS. */
export type OrganizationKey = string;

/** A step of the lifecycle: an action, a new MoU version (from the template), or a review. */
export type LifecycleStep = { at: Date; by: AccountKey } & (
  | { action: PartnershipAction; comment?: string; reason?: string }
  /** The next MoU version: the template of the proposal, with text added to one clause when the review asked for it. */
  | { mou: { addToClause?: { key: MouClauseKey; en: string; km: string } } }
  | { review: ReviewInput }
);

export interface CommitmentStory {
  title: string;
  owner: OrganizationKey;
  dueDate: string;
  recurrence?: Recurrence;
  clauseKey?: MouClauseKey;
  by: AccountKey;
  at: Date;
  /** For each occurrence in turn, [the state party's rating, the non-state party's]; later occurrences stay unrated. */
  ratings: [Rating, Rating][];
}

export interface AssessmentStory {
  period: string;
  /** Per party, its scores in the order of QUALITY_ATTRIBUTES. */
  scores: Record<OrganizationKey, number[]>;
  comment?: string;
}

export interface IndicatorStory {
  name: string;
  nameKm: string;
  unit: string;
  baseline: number;
  target: number;
  frequency: Frequency;
  responsible: OrganizationKey;
  /** Broken down by sex in reports. */
  bySex?: true;
  /** The value reported for each reporting period in turn (more than needed: periods depend on the day of loading). */
  values: { value: number; sex?: [female: number, male: number] }[];
  at: Date;
}

export interface ActionItemStory {
  key: string;
  description: string;
  owner: OrganizationKey;
  dueDate: string;
  /** The moves of the item, in order. */
  moves: { at: Date; by: AccountKey; status: ActionItemStatus; evidence?: string; followUp?: string }[];
  /** Made a commitment of the partnership the day after it was written. */
  becomesCommitment?: true;
}

export interface ScorecardStory {
  date: string;
  by: AccountKey;
  participants: ScorecardCreateInput['participants'];
  /** Criterion name, citizens' score, providers' score. */
  criteria: [name: string, citizenScore: number, providerScore: number][];
  actionItems: ActionItemStory[];
}

export interface FeedbackStory {
  text: string;
  channel: FeedbackChannel;
  rating: number;
  at: Date;
  triage?: { at: Date; by: AccountKey; status: FeedbackStatus; actionItem?: string };
}

export interface ServicePointStory {
  name: string;
  nameKm: string;
  kind: ServicePointKind;
  adminUnitCode: string;
  by: AccountKey;
  at: Date;
  scorecards: ScorecardStory[];
  feedback: FeedbackStory[];
}

export interface PartnershipStory {
  proposal: Omit<PartnershipCreateInput, 'parties' | 'contributions' | 'risks'> & {
    parties: OrganizationKey[];
    contributions?: { organization: OrganizationKey; kind: ContributionKind; description: string; amount?: number; currency?: string }[];
    risks?: { description: string; carriedBy: OrganizationKey | 'shared' }[];
  };
  createdBy: AccountKey;
  createdAt: Date;
  history: LifecycleStep[];
  commitments?: CommitmentStory[];
  assessments?: AssessmentStory[];
  /** Indicators, and a report by the responsible party on every period already due. */
  monitoring?: { indicators: IndicatorStory[]; reportNarrative: string };
  servicePoint?: ServicePointStory;
}
