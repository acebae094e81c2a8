// The audit log's actions, entity types and summary fields as the API writes them, with their labels.
import type { ParseKeys } from 'i18next';

export const AUDIT_ACTIONS = {
  'auth.login': 'audit.actions.signedIn',
  'auth.login_failed': 'audit.actions.signInFailed',
  'auth.logout': 'audit.actions.signedOut',
  'auth.password_changed': 'audit.actions.passwordChanged',
  'policy.refused': 'audit.actions.refused',
  'organization.create': 'audit.actions.organizationCreated',
  'organization.update': 'audit.actions.organizationChanged',
  'user.create': 'audit.actions.userCreated',
  'user.update': 'audit.actions.userChanged',
  'user.deactivate': 'audit.actions.userDeactivated',
  'demo.seed': 'audit.actions.demoLoaded',
} as const satisfies Record<string, ParseKeys>;

export const AUDIT_ENTITY_TYPES = {
  organization: 'audit.entityTypes.organization',
  user: 'audit.entityTypes.user',
} as const satisfies Record<string, ParseKeys>;

export const AUDIT_SUMMARY_FIELDS = {
  name: 'audit.fields.name',
  nameKm: 'audit.fields.nameKm',
  kind: 'audit.fields.kind',
  type: 'audit.fields.type',
  adminUnitCode: 'audit.fields.adminUnitCode',
  sectors: 'audit.fields.sectors',
  capacities: 'audit.fields.capacities',
  endorsingOrganizationId: 'audit.fields.endorsingOrganizationId',
  email: 'audit.fields.email',
  role: 'audit.fields.role',
  organizationId: 'audit.fields.organizationId',
  isSignatory: 'audit.fields.isSignatory',
  locale: 'audit.fields.locale',
  active: 'audit.fields.active',
  password: 'audit.fields.password',
  reason: 'audit.fields.reason',
  attempted: 'audit.fields.attempted',
  lockedForMinutes: 'audit.fields.lockedForMinutes',
  organizations: 'audit.fields.organizations',
  users: 'audit.fields.users',
} as const satisfies Record<string, ParseKeys>;

export const AUDIT_REASONS = {
  unknown_email: 'audit.reasons.unknownEmail',
  wrong_password: 'audit.reasons.wrongPassword',
  locked: 'audit.reasons.locked',
  deactivated: 'audit.reasons.deactivated',
  forbidden: 'audit.reasons.forbidden',
  not_visible: 'audit.reasons.notVisible',
  'first start': 'audit.reasons.firstStart',
} as const satisfies Record<string, ParseKeys>;

/** The label key for `value` in `vocabulary`, or nothing for a word Daikou added after this screen was written. */
export function labelKeyOf<V extends Record<string, ParseKeys>>(vocabulary: V, value: string): V[keyof V] | undefined {
  return Object.hasOwn(vocabulary, value) ? vocabulary[value as keyof V] : undefined;
}
