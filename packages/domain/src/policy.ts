import { isOfficer, type Actor, type Role } from './roles.js';

export type DenialReason = 'unauthenticated' | 'forbidden' | 'not_visible';
export type Decision = { allowed: true } | { allowed: false; reason: DenialReason };

// not_visible answers 404 so that an id the actor may not see is indistinguishable from a missing one.
export const DENIAL_HTTP_STATUS: Readonly<Record<DenialReason, 401 | 403 | 404>> = {
  unauthenticated: 401,
  forbidden: 403,
  not_visible: 404,
};

/** Organisation fields an officer may change on their own organisation; kind, type and area stay with admins. */
export const ORGANIZATION_PROFILE_FIELDS = ['name', 'nameKm', 'sectors', 'capacities'] as const;

export interface OrganizationChange {
  organizationId: string;
  changedFields: readonly string[];
}

export interface PartnershipParties {
  partyOrganizationIds: readonly string[];
  /** Parent administrations asked to endorse the partnership: they see it without being parties. */
  endorserOrganizationIds?: readonly string[];
}

/** The parties of the partnerships that monitor a service point: they look after the feedback citizens give on it. */
export interface ServicePointMonitors {
  partyOrganizationIds: readonly string[];
}

/** The resource each action is decided on; `undefined` where the action concerns no particular object. */
export interface PolicyResources {
  'adminUnit.read': undefined;
  'organization.read': undefined;
  'organization.list': undefined;
  'organization.create': undefined;
  'organization.update': OrganizationChange;
  'user.create': undefined;
  'user.update': undefined;
  'user.deactivate': undefined;
  'user.list': undefined;
  'user.read': { userId: string };
  'audit.read': undefined;
  // Without parties: may the actor list at all; with parties: may this row be in their list.
  'partnership.list': PartnershipParties | undefined;
  'partnership.read': PartnershipParties;
  'partnership.create': PartnershipParties;
  'partnership.update': PartnershipParties;
  // Joint work of the parties: activities, meetings and their approval, commitments and their ratings.
  'partnership.work': PartnershipParties;
  // Indicators, periodic reports, scorecard rounds and action items of a partnership.
  'monitoring.write': PartnershipParties;
  'feedback.read': ServicePointMonitors;
  'feedback.triage': ServicePointMonitors;
  // The shared directory of service points (health centres, schools, offices) that partnerships monitor.
  'serviceDirectory.write': undefined;
  'indicatorLibrary.write': undefined;
}

export type PolicyAction = keyof PolicyResources;
export type PolicyResource = PolicyResources[PolicyAction];

export type PartnershipVisibilityScope =
  | { kind: 'all' }
  | { kind: 'organization'; organizationId: string }
  | { kind: 'none' };

const PARTNERSHIP_VISIBILITY: Readonly<Record<Role, 'all' | 'organization'>> = {
  admin: 'all',
  moi_reviewer: 'all',
  sna_officer: 'organization',
  cso_officer: 'organization',
};

/** Which partnerships the actor may see, in a form the API can turn into a SQL filter. */
export function partnershipVisibilityScope(actor: Actor | null): PartnershipVisibilityScope {
  if (actor === null) return { kind: 'none' };
  return PARTNERSHIP_VISIBILITY[actor.role] === 'all'
    ? { kind: 'all' }
    : { kind: 'organization', organizationId: actor.organizationId };
}

const ALLOWED: Decision = { allowed: true };
const deny = (reason: DenialReason): Decision => ({ allowed: false, reason });

interface Rule<A extends PolicyAction> {
  /** Also allowed without a signed-in actor. */
  public?: true;
  decide(actor: Actor, resource: PolicyResources[A] | undefined): Decision;
}

const anyone: Rule<PolicyAction> = { public: true, decide: () => ALLOWED };
const signedIn: Rule<PolicyAction> = { decide: () => ALLOWED };
const adminOnly: Rule<PolicyAction> = { decide: (actor) => (actor.role === 'admin' ? ALLOWED : deny('forbidden')) };

function seesPartnership(actor: Actor, parties: PartnershipParties | undefined): boolean {
  const scope = partnershipVisibilityScope(actor);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none' || parties === undefined) return false;
  return [...parties.partyOrganizationIds, ...(parties.endorserOrganizationIds ?? [])].includes(scope.organizationId);
}

function isPartyOfficer(actor: Actor, parties: PartnershipParties | undefined): boolean {
  return isOfficer(actor.role) && parties !== undefined && parties.partyOrganizationIds.includes(actor.organizationId);
}

// Reviewers and admins see every partnership but only read it; the parties' officers act on it.
const partyOfficerOnly: Rule<'partnership.update' | 'partnership.work' | 'monitoring.write'> = {
  decide(actor, parties) {
    if (!seesPartnership(actor, parties)) return deny('not_visible');
    return isPartyOfficer(actor, parties) ? ALLOWED : deny('forbidden');
  },
};

const monitorsServicePoint = (actor: Actor, monitors: ServicePointMonitors | undefined) =>
  monitors !== undefined && monitors.partyOrganizationIds.includes(actor.organizationId);

const RULES: { readonly [A in PolicyAction]: Rule<A> } = {
  'adminUnit.read': anyone,
  'organization.read': signedIn,
  'organization.list': signedIn,
  'organization.create': adminOnly,
  'organization.update': {
    decide(actor, change) {
      if (actor.role === 'admin') return ALLOWED;
      const ownProfileOnly =
        isOfficer(actor.role) &&
        change !== undefined &&
        change.organizationId === actor.organizationId &&
        change.changedFields.every((field) => (ORGANIZATION_PROFILE_FIELDS as readonly string[]).includes(field));
      return ownProfileOnly ? ALLOWED : deny('forbidden');
    },
  },
  'user.create': adminOnly,
  'user.update': adminOnly,
  'user.deactivate': adminOnly,
  'user.list': adminOnly,
  'user.read': {
    decide: (actor, user) => (actor.role === 'admin' || user?.userId === actor.userId ? ALLOWED : deny('not_visible')),
  },
  'audit.read': adminOnly,
  'partnership.list': {
    decide(actor, parties) {
      if (parties === undefined) return partnershipVisibilityScope(actor).kind === 'none' ? deny('forbidden') : ALLOWED;
      return seesPartnership(actor, parties) ? ALLOWED : deny('not_visible');
    },
  },
  'partnership.read': {
    decide: (actor, parties) => (seesPartnership(actor, parties) ? ALLOWED : deny('not_visible')),
  },
  'partnership.create': {
    decide: (actor, parties) => (isPartyOfficer(actor, parties) ? ALLOWED : deny('forbidden')),
  },
  'partnership.update': partyOfficerOnly,
  'partnership.work': partyOfficerOnly,
  'monitoring.write': partyOfficerOnly,
  // Feedback is not published (it may name people): like partnerships, reviewers and admins read all of it.
  'feedback.read': {
    decide(actor, monitors) {
      return PARTNERSHIP_VISIBILITY[actor.role] === 'all' || monitorsServicePoint(actor, monitors) ? ALLOWED : deny('not_visible');
    },
  },
  'feedback.triage': {
    decide(actor, monitors) {
      if (PARTNERSHIP_VISIBILITY[actor.role] === 'all') return deny('forbidden');
      return isOfficer(actor.role) && monitorsServicePoint(actor, monitors) ? ALLOWED : deny('not_visible');
    },
  },
  // Any officer, state or CSO, may register a service point: staff of the administration know their facilities,
  // CSOs find the ones they are to monitor, and a partnership must not wait for an admin to start a scorecard.
  // Reviewers oversee partnerships and do not keep reference data.
  'serviceDirectory.write': {
    decide: (actor) => (actor.role === 'admin' || isOfficer(actor.role) ? ALLOWED : deny('forbidden')),
  },
  'indicatorLibrary.write': adminOnly,
};

export const POLICY_ACTIONS = Object.keys(RULES) as readonly PolicyAction[];

// The resource may be left out only where the action's resource type allows `undefined`.
type ResourceArgument<A extends PolicyAction> = undefined extends PolicyResources[A]
  ? [resource?: PolicyResources[A]]
  : [resource: PolicyResources[A]];

/** The one place that decides whether `actor` may perform `action` on `resource`. */
export function decide<A extends PolicyAction>(actor: Actor | null, action: A, ...[resource]: ResourceArgument<A>): Decision {
  const rule: Rule<A> = RULES[action];
  if (actor === null) return rule.public ? ALLOWED : deny('unauthenticated');
  return rule.decide(actor, resource);
}

/** Whether `actor` may rate a commitment on behalf of `organizationId`: only an officer of that party, for it. */
export function mayRateFor(actor: Actor, organizationId: string, parties: PartnershipParties): boolean {
  return actor.organizationId === organizationId && isPartyOfficer(actor, parties);
}
