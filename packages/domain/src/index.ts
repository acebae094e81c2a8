// The package entry: the rules shared by the API and the web app, named one by one.
export { ADMIN_UNIT_CODE_PATTERN, ADMIN_UNIT_LEVELS, PROVINCE_CODE_PATTERN, type AdminUnitLevel } from './admin-units.js';
export {
  ACTION_LABELS,
  ADMIN_UNIT_LEVEL_LABELS,
  CONTRIBUTION_KIND_LABELS,
  FORM_LABELS,
  FUNCTION_LABELS,
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_TYPE_LABELS,
  ROLE_LABELS,
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
export { adminUnitQuery, type AdminUnitQuery } from './schemas/admin-unit-query.js';
export { loginInput, passwordChangeInput, type LoginInput, type PasswordChangeInput } from './schemas/auth.js';
export { LIST_LIMIT_DEFAULT, LIST_LIMIT_MAX, listQuery, type ListQuery } from './schemas/list-query.js';
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
  type PartnershipActionInput,
  type PartnershipCreateInput,
  type PartnershipQuery,
} from './schemas/partnership.js';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordPolicy } from './schemas/password.js';
export { userCreateInput, userUpdateInput, type UserCreateInput, type UserUpdateInput } from './schemas/user.js';
export { SECTOR_CODES, SECTOR_LABELS, type SectorCode } from './sectors.js';
export {
  TRANSITION_ERROR_CODES,
  TRANSITION_ERROR_HTTP_STATUS,
  TRANSITION_ERROR_MESSAGES,
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
