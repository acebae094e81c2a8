// The package entry: the rules shared by the API and the web app, named one by one.
export { ACTIVITY_MOVES, ACTIVITY_STATUSES, canMoveActivity, isFinalActivityStatus, type ActivityStatus } from './activities.js';
export { ADMIN_UNIT_CODE_PATTERN, ADMIN_UNIT_LEVELS, PROVINCE_CODE_PATTERN, type AdminUnitLevel } from './admin-units.js';
export {
  AMENDMENT_ACTIONS,
  AMENDMENT_STATUSES,
  OPEN_AMENDMENT_STATUSES,
  allowedAmendmentActions,
  canProposeAmendment,
  decideAmendmentTransition,
  isOpenAmendment,
  type AmendmentAction,
  type AmendmentDecision,
  type AmendmentProposalCheck,
  type AmendmentState,
  type AmendmentStatus,
} from './amendment.js';
export {
  OCCURRENCE_STANDINGS,
  RATINGS,
  RECURRENCES,
  SCORE_RULE,
  accountabilityRecord,
  occurrenceDates,
  occurrenceStanding,
  type AccountabilityRecord,
  type OccurrenceRecord,
  type OccurrenceStanding,
  type OccurrenceStandingInput,
  type OccurrenceStandingResult,
  type PartyRating,
  type Rating,
  type Recurrence,
} from './commitments.js';
export {
  ACTION_LABELS,
  ACTIVITY_STATUS_LABELS,
  ADMIN_UNIT_LEVEL_LABELS,
  AMENDMENT_ACTION_LABELS,
  AMENDMENT_STATUS_LABELS,
  CONTRIBUTION_KIND_LABELS,
  FORM_LABELS,
  FUNCTION_LABELS,
  MINUTES_STATE_LABELS,
  OCCURRENCE_STANDING_LABELS,
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_TYPE_LABELS,
  RATING_LABELS,
  RECURRENCE_LABELS,
  REVIEW_DECISION_LABELS,
  REVIEW_KIND_LABELS,
  ROLE_LABELS,
  SEX_LABELS,
  STATUS_LABELS,
} from './i18n-labels.js';
export {
  EDITABLE_STATUSES,
  NEXT_STEPS,
  PARTNERSHIP_ACTIONS,
  PARTNERSHIP_STATUSES,
  PUBLIC_STATUSES,
  SYSTEM_ACTOR,
  allowedActions,
  decideTransition,
  isEditable,
  isPublicStatus,
  isTerminal,
  unsignedPartyIds,
  type Endorsement,
  type NextStep,
  type PartnershipAction,
  type PartnershipState,
  type PartnershipStatus,
  type SystemActor,
  type TransitionActor,
  type TransitionDecision,
  type TransitionInput,
  type TransitionPerformer,
} from './lifecycle.js';
export { LOCALES, type Bilingual, type Locale } from './locale.js';
export {
  MINUTES_FIELDS,
  MINUTES_STATES,
  SEXES,
  attendanceSummary,
  canApproveMinutes,
  minutesState,
  type AttendanceSummary,
  type MeetingAttendee,
  type MinutesApprovalCheck,
  type MinutesApprovalInput,
  type MinutesApprovals,
  type MinutesState,
  type Sex,
} from './meetings.js';
export { canonicalMouText, type MouClauseText } from './mou-canonical-text.js';
export {
  MOU_CLAUSE_KEYS,
  buildMouTemplate,
  type MouClauseKey,
  type MouTemplateClause,
  type MouTemplateInput,
  type MouTemplateParty,
} from './mou-template.js';
export {
  CONTRIBUTION_KINDS,
  PARTNERSHIP_FORMS,
  PARTNERSHIP_FUNCTIONS,
  type ContributionKind,
  type PartnershipForm,
  type PartnershipFunction,
} from './partnership-classification.js';
export { checkPartyMix, type PartyMixCheck } from './party-mix.js';
export {
  DENIAL_HTTP_STATUS,
  ORGANIZATION_PROFILE_FIELDS,
  POLICY_ACTIONS,
  decide,
  mayRateFor,
  partnershipVisibilityScope,
  type Decision,
  type DenialReason,
  type OrganizationChange,
  type PartnershipParties,
  type PartnershipVisibilityScope,
  type PolicyAction,
  type PolicyResource,
  type PolicyResources,
} from './policy.js';
export {
  OFFICER_ROLES,
  ORGANIZATION_KINDS,
  ORGANIZATION_TYPES,
  ORGANIZATION_TYPE_KIND,
  ROLES,
  ROLE_ORGANIZATION_KIND,
  checkRoleOrganizationKind,
  isOfficer,
  organizationTypeFitsKind,
  type Actor,
  type OfficerRole,
  type OrganizationKind,
  type OrganizationType,
  type Role,
  type RoleOrganizationCheck,
} from './roles.js';
export { REVIEW_DECISIONS, REVIEW_KINDS, type ReviewDecision, type ReviewKind } from './review.js';
export { adminUnitQuery, type AdminUnitQuery } from './schemas/admin-unit-query.js';
export { loginInput, passwordChangeInput, type LoginInput, type PasswordChangeInput } from './schemas/auth.js';
export {
  MEETING_ATTENDEES_MAX,
  activityCreateInput,
  activityUpdateInput,
  commitmentCreateInput,
  meetingCreateInput,
  meetingUpdateInput,
  ratingInput,
  type ActivityCreateInput,
  type ActivityUpdateInput,
  type CommitmentCreateInput,
  type MeetingCreateInput,
  type MeetingUpdateInput,
  type RatingInput,
} from './schemas/joint-work.js';
export { LIST_LIMIT_DEFAULT, LIST_LIMIT_MAX, listQuery, type ListQuery } from './schemas/list-query.js';
export { MOU_CLAUSES_MAX, mouDiffQuery, mouVersionInput, type MouDiffQuery, type MouVersionInput } from './schemas/mou.js';
export {
  organizationCreateInput,
  organizationQuery,
  organizationUpdateInput,
  type OrganizationCreateInput,
  type OrganizationQuery,
  type OrganizationUpdateInput,
} from './schemas/organization.js';
export {
  SHARED_RISK,
  partnershipActionInput,
  partnershipCreateInput,
  partnershipQuery,
  partnershipUpdateInput,
  type PartnershipActionInput,
  type PartnershipCreateInput,
  type PartnershipQuery,
  type PartnershipUpdateInput,
} from './schemas/partnership.js';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordPolicy } from './schemas/password.js';
export { reviewInput, type ReviewInput } from './schemas/review.js';
export { userCreateInput, userUpdateInput, type UserCreateInput, type UserUpdateInput } from './schemas/user.js';
export { SECTOR_CODES, SECTOR_LABELS, type SectorCode } from './sectors.js';
export {
  TRANSITION_ERROR_CODES,
  TRANSITION_ERROR_HTTP_STATUS,
  TRANSITION_ERROR_MESSAGES,
  transitionError,
  type TransitionError,
  type TransitionErrorCode,
  type TransitionHttpStatus,
} from './transition-errors.js';
export {
  VALIDATION_MESSAGES,
  localizeValidationMessage,
  validationMessage,
  type ValidationMessageCode,
} from './validation-messages.js';
