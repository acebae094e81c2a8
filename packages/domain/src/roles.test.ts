import {
  ORGANIZATION_TYPES,
  ORGANIZATION_TYPE_KIND,
  ROLES,
  checkRoleOrganizationKind,
  isOfficer,
  organizationTypeFitsKind,
} from './roles.js';

describe('organisation types', () => {
  it('are state or non-state as the registry defines them', () => {
    expect(ORGANIZATION_TYPE_KIND).toEqual({
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
    });
    expect(Object.keys(ORGANIZATION_TYPE_KIND)).toEqual([...ORGANIZATION_TYPES]);
  });

  it('fit only their own kind', () => {
    expect(organizationTypeFitsKind('commune', 'state')).toBe(true);
    expect(organizationTypeFitsKind('commune', 'non_state')).toBe(false);
    expect(organizationTypeFitsKind('cbo', 'non_state')).toBe(true);
    expect(organizationTypeFitsKind('cbo', 'state')).toBe(false);
  });
});

describe('checkRoleOrganizationKind', () => {
  it.each([
    ['admin', 'state'],
    ['admin', 'non_state'],
    ['moi_reviewer', 'state'],
    ['sna_officer', 'state'],
    ['cso_officer', 'non_state'],
  ] as const)('accepts %s in a %s organisation', (role, kind) => {
    expect(checkRoleOrganizationKind(role, kind)).toEqual({ ok: true });
  });

  it.each([
    ['moi_reviewer', 'non_state', 'role_requires_state_organization'],
    ['sna_officer', 'non_state', 'role_requires_state_organization'],
    ['cso_officer', 'state', 'role_requires_non_state_organization'],
  ] as const)('refuses %s in a %s organisation', (role, kind, code) => {
    expect(checkRoleOrganizationKind(role, kind)).toEqual({ ok: false, code });
  });
});

describe('isOfficer', () => {
  it('is true for the two officer roles only', () => {
    expect(ROLES.filter(isOfficer)).toEqual(['sna_officer', 'cso_officer']);
  });
});
