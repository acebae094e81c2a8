export const ROLES = ['admin', 'moi_reviewer', 'sna_officer', 'cso_officer'] as const;
export type Role = (typeof ROLES)[number];

export const OFFICER_ROLES = ['sna_officer', 'cso_officer'] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

export const ORGANIZATION_KINDS = ['state', 'non_state'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ORGANIZATION_TYPES = [
  'ministry',
  'province',
  'district',
  'commune',
  'line_office',
  'one_window_office',
  'local_ngo',
  'international_ngo',
  'cbo',
  'cso_network',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const ORGANIZATION_TYPE_KIND: Readonly<Record<OrganizationType, OrganizationKind>> = {
  ministry: 'state',
  province: 'state',
  district: 'state',
  commune: 'state',
  line_office: 'state',
  one_window_office: 'state',
  local_ngo: 'non_state',
  international_ngo: 'non_state',
  cbo: 'non_state',
  cso_network: 'non_state',
};

// null: the role may belong to an organisation of either kind.
export const ROLE_ORGANIZATION_KIND: Readonly<Record<Role, OrganizationKind | null>> = {
  admin: null,
  moi_reviewer: 'state',
  sna_officer: 'state',
  cso_officer: 'non_state',
};

/** Who is acting: every signed-in user belongs to exactly one organisation. */
export interface Actor {
  userId: string;
  role: Role;
  organizationId: string;
  isSignatory: boolean;
}

export function isOfficer(role: Role): role is OfficerRole {
  return (OFFICER_ROLES as readonly Role[]).includes(role);
}

export function organizationTypeFitsKind(type: OrganizationType, kind: OrganizationKind): boolean {
  return ORGANIZATION_TYPE_KIND[type] === kind;
}

export type RoleOrganizationCheck =
  | { ok: true }
  | { ok: false; code: 'role_requires_state_organization' | 'role_requires_non_state_organization' };

/** Whether a user with `role` may belong to an organisation of `kind`. */
export function checkRoleOrganizationKind(role: Role, kind: OrganizationKind): RoleOrganizationCheck {
  const required = ROLE_ORGANIZATION_KIND[role];
  if (required === null || required === kind) return { ok: true };
  return {
    ok: false,
    code: required === 'state' ? 'role_requires_state_organization' : 'role_requires_non_state_organization',
  };
}
