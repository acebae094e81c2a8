import {
  DENIAL_HTTP_STATUS,
  POLICY_ACTIONS,
  decide,
  mayRateFor,
  partnershipVisibilityScope,
  type Decision,
  type PolicyAction,
} from './policy.js';
import type { Actor } from './roles.js';

const actor = (role: Actor['role'], organizationId: string, userId = `user-${role}`): Actor => ({
  userId,
  role,
  organizationId,
  isSignatory: false,
});

const admin = actor('admin', 'org-platform');
const reviewer = actor('moi_reviewer', 'org-moi');
const snaOfficer = actor('sna_officer', 'org-district');
const csoOfficer = actor('cso_officer', 'org-ngo');

const ALLOWED: Decision = { allowed: true };
const refused = (reason: 'unauthenticated' | 'forbidden' | 'not_visible'): Decision => ({ allowed: false, reason });

describe('decide without a signed-in actor', () => {
  it('lets anyone read administrative units', () => {
    expect(decide(null, 'adminUnit.read')).toEqual(ALLOWED);
  });

  it.each(POLICY_ACTIONS.filter((action) => action !== 'adminUnit.read'))('refuses %s as unauthenticated', (action) => {
    const resource = {
      organizationId: 'org-ngo',
      changedFields: ['name'],
      userId: 'user-x',
      partyOrganizationIds: ['org-district', 'org-ngo'],
    };
    expect(decide(null, action as PolicyAction, resource as never)).toEqual(refused('unauthenticated'));
  });
});

describe('actions on reference data, organisations, users and audit', () => {
  // [action, admin, moi_reviewer, sna_officer, cso_officer], for actions that concern no particular object.
  const TABLE: ReadonlyArray<[PolicyAction, ...Decision[]]> = [
    ['adminUnit.read', ALLOWED, ALLOWED, ALLOWED, ALLOWED],
    ['organization.read', ALLOWED, ALLOWED, ALLOWED, ALLOWED],
    ['organization.list', ALLOWED, ALLOWED, ALLOWED, ALLOWED],
    ['organization.create', ALLOWED, refused('forbidden'), refused('forbidden'), refused('forbidden')],
    ['user.create', ALLOWED, refused('forbidden'), refused('forbidden'), refused('forbidden')],
    ['user.update', ALLOWED, refused('forbidden'), refused('forbidden'), refused('forbidden')],
    ['user.deactivate', ALLOWED, refused('forbidden'), refused('forbidden'), refused('forbidden')],
    ['user.list', ALLOWED, refused('forbidden'), refused('forbidden'), refused('forbidden')],
    ['audit.read', ALLOWED, refused('forbidden'), refused('forbidden'), refused('forbidden')],
  ];
  const cases = TABLE.flatMap(([action, ...decisions]) =>
    [admin, reviewer, snaOfficer, csoOfficer].map((who, i) => [action, who.role, who, decisions[i]] as const),
  );

  it.each(cases)('%s by %s', (action, _role, who, expected) => {
    expect(decide(who, action as 'organization.read')).toEqual(expected);
  });
});

describe('organization.update', () => {
  const change = (organizationId: string, ...changedFields: string[]) => ({ organizationId, changedFields });

  it('lets an admin change any field of any organisation', () => {
    expect(decide(admin, 'organization.update', change('org-ngo', 'kind', 'type', 'adminUnitCode', 'name'))).toEqual(ALLOWED);
  });

  it.each([snaOfficer, csoOfficer])('lets the $role change the profile of their own organisation', (who) => {
    expect(decide(who, 'organization.update', change(who.organizationId, 'name', 'nameKm', 'sectors', 'capacities'))).toEqual(
      ALLOWED,
    );
  });

  it.each(['kind', 'type', 'adminUnitCode', 'active'])('refuses an officer changing their own %s', (field) => {
    expect(decide(csoOfficer, 'organization.update', change('org-ngo', 'name', field))).toEqual(refused('forbidden'));
  });

  it('refuses an officer changing another organisation', () => {
    expect(decide(csoOfficer, 'organization.update', change('org-district', 'name'))).toEqual(refused('forbidden'));
  });

  it('refuses a reviewer changing their own organisation', () => {
    expect(decide(reviewer, 'organization.update', change('org-moi', 'name'))).toEqual(refused('forbidden'));
  });

  it('refuses an officer when the change is not described', () => {
    expect(decide(csoOfficer, 'organization.update', undefined as never)).toEqual(refused('forbidden'));
  });
});

describe('user.read', () => {
  it('lets an admin read anyone', () => {
    expect(decide(admin, 'user.read', { userId: 'user-someone' })).toEqual(ALLOWED);
  });

  it.each([reviewer, snaOfficer, csoOfficer])('lets the $role read themselves', (who) => {
    expect(decide(who, 'user.read', { userId: who.userId })).toEqual(ALLOWED);
  });

  it.each([reviewer, snaOfficer, csoOfficer])('hides other users from the $role', (who) => {
    expect(decide(who, 'user.read', { userId: 'user-someone-else' })).toEqual(refused('not_visible'));
  });
});

describe('partnerships', () => {
  const ours = { partyOrganizationIds: ['org-district', 'org-ngo'] };
  const theirs = { partyOrganizationIds: ['org-other-district', 'org-other-ngo'] };

  it.each([admin, reviewer])('lets the $role list and read every partnership', (who) => {
    expect(decide(who, 'partnership.list')).toEqual(ALLOWED);
    expect(decide(who, 'partnership.list', theirs)).toEqual(ALLOWED);
    expect(decide(who, 'partnership.read', theirs)).toEqual(ALLOWED);
  });

  it.each([snaOfficer, csoOfficer])('lets the $role list and read partnerships of their organisation', (who) => {
    expect(decide(who, 'partnership.list')).toEqual(ALLOWED);
    expect(decide(who, 'partnership.list', ours)).toEqual(ALLOWED);
    expect(decide(who, 'partnership.read', ours)).toEqual(ALLOWED);
  });

  it.each([snaOfficer, csoOfficer])('hides other partnerships from the $role', (who) => {
    expect(decide(who, 'partnership.list', theirs)).toEqual(refused('not_visible'));
    expect(decide(who, 'partnership.read', theirs)).toEqual(refused('not_visible'));
  });

  it('hides a partnership from an officer when its parties are not given', () => {
    expect(decide(csoOfficer, 'partnership.read', undefined as never)).toEqual(refused('not_visible'));
  });

  it.each([snaOfficer, csoOfficer])('lets the $role create a partnership their organisation is party to', (who) => {
    expect(decide(who, 'partnership.create', ours)).toEqual(ALLOWED);
  });

  it.each([snaOfficer, csoOfficer])('refuses the $role creating a partnership between others', (who) => {
    expect(decide(who, 'partnership.create', theirs)).toEqual(refused('forbidden'));
  });

  it.each([admin, reviewer])('refuses the $role creating a partnership', (who) => {
    expect(decide(who, 'partnership.create', { partyOrganizationIds: [who.organizationId, 'org-ngo'] })).toEqual(
      refused('forbidden'),
    );
  });

  it.each([snaOfficer, csoOfficer])('lets the $role update their organisation’s partnership', (who) => {
    expect(decide(who, 'partnership.update', ours)).toEqual(ALLOWED);
  });

  it.each([snaOfficer, csoOfficer])('hides other partnerships from the $role updating them', (who) => {
    expect(decide(who, 'partnership.update', theirs)).toEqual(refused('not_visible'));
  });

  it.each([admin, reviewer])('refuses the $role updating a partnership they can see', (who) => {
    expect(decide(who, 'partnership.update', ours)).toEqual(refused('forbidden'));
  });

  describe('asked to endorse', () => {
    const province = actor('sna_officer', 'org-province');
    const endorsed = { ...theirs, endorserOrganizationIds: ['org-province'] };

    it('lets an officer of the endorsing administration list and read the partnership', () => {
      expect(decide(province, 'partnership.list', endorsed)).toEqual(ALLOWED);
      expect(decide(province, 'partnership.read', endorsed)).toEqual(ALLOWED);
    });

    it('does not make the endorsing administration a party', () => {
      expect(decide(province, 'partnership.update', endorsed)).toEqual(refused('forbidden'));
      expect(decide(province, 'partnership.create', endorsed)).toEqual(refused('forbidden'));
    });

    it.each([snaOfficer, csoOfficer])('still hides the partnership from the $role of another organisation', (who) => {
      expect(decide(who, 'partnership.read', endorsed)).toEqual(refused('not_visible'));
    });

    it('hides the partnership when no endorsement is asked of the administration', () => {
      expect(decide(province, 'partnership.read', { ...theirs, endorserOrganizationIds: [] })).toEqual(refused('not_visible'));
    });
  });
});

describe('partnership.work', () => {
  const ours = { partyOrganizationIds: ['org-district', 'org-ngo'], endorserOrganizationIds: ['org-province'] };
  const theirs = { partyOrganizationIds: ['org-other-district', 'org-other-ngo'] };

  it.each([snaOfficer, csoOfficer])('lets the $role work on their organisation’s partnership', (who) => {
    expect(decide(who, 'partnership.work', ours)).toEqual(ALLOWED);
  });

  it.each([snaOfficer, csoOfficer])('hides other partnerships from the $role', (who) => {
    expect(decide(who, 'partnership.work', theirs)).toEqual(refused('not_visible'));
  });

  it.each([admin, reviewer])('leaves the $role reading only', (who) => {
    expect(decide(who, 'partnership.read', ours)).toEqual(ALLOWED);
    expect(decide(who, 'partnership.work', ours)).toEqual(refused('forbidden'));
  });

  it('leaves an endorsing administration reading only', () => {
    const province = actor('sna_officer', 'org-province');
    expect(decide(province, 'partnership.read', ours)).toEqual(ALLOWED);
    expect(decide(province, 'partnership.work', ours)).toEqual(refused('forbidden'));
  });

  it('hides a partnership whose parties are not given', () => {
    expect(decide(csoOfficer, 'partnership.work', undefined as never)).toEqual(refused('not_visible'));
  });
});

describe('monitoring.write', () => {
  const ours = { partyOrganizationIds: ['org-district', 'org-ngo'], endorserOrganizationIds: ['org-province'] };
  const theirs = { partyOrganizationIds: ['org-other-district', 'org-other-ngo'] };

  it.each([snaOfficer, csoOfficer])('lets the $role record monitoring of their organisation’s partnership', (who) => {
    expect(decide(who, 'monitoring.write', ours)).toEqual(ALLOWED);
  });

  it.each([snaOfficer, csoOfficer])('hides other partnerships from the $role', (who) => {
    expect(decide(who, 'monitoring.write', theirs)).toEqual(refused('not_visible'));
  });

  it.each([admin, reviewer])('leaves the $role reading only', (who) => {
    expect(decide(who, 'monitoring.write', ours)).toEqual(refused('forbidden'));
  });

  it('leaves an endorsing administration reading only', () => {
    expect(decide(actor('sna_officer', 'org-province'), 'monitoring.write', ours)).toEqual(refused('forbidden'));
  });
});

describe('feedback on a service point', () => {
  const monitored = { partyOrganizationIds: ['org-district', 'org-ngo'] };
  const monitoredByOthers = { partyOrganizationIds: ['org-other-district', 'org-other-ngo'] };
  const unmonitored = { partyOrganizationIds: [] };

  it.each([snaOfficer, csoOfficer])('lets the $role of a monitoring party read and triage it', (who) => {
    expect(decide(who, 'feedback.read', monitored)).toEqual(ALLOWED);
    expect(decide(who, 'feedback.triage', monitored)).toEqual(ALLOWED);
  });

  it.each([snaOfficer, csoOfficer])('hides it from the $role of an organisation that does not monitor the point', (who) => {
    expect(decide(who, 'feedback.read', monitoredByOthers)).toEqual(refused('not_visible'));
    expect(decide(who, 'feedback.triage', monitoredByOthers)).toEqual(refused('not_visible'));
    expect(decide(who, 'feedback.read', unmonitored)).toEqual(refused('not_visible'));
    expect(decide(who, 'feedback.triage', unmonitored)).toEqual(refused('not_visible'));
  });

  it.each([admin, reviewer])('lets the $role read it all but not triage it', (who) => {
    expect(decide(who, 'feedback.read', monitoredByOthers)).toEqual(ALLOWED);
    expect(decide(who, 'feedback.read', unmonitored)).toEqual(ALLOWED);
    expect(decide(who, 'feedback.triage', monitoredByOthers)).toEqual(refused('forbidden'));
  });

  it('refuses a reviewer triaging even when their organisation is listed', () => {
    expect(decide(reviewer, 'feedback.triage', { partyOrganizationIds: ['org-moi'] })).toEqual(refused('forbidden'));
  });

  it('hides it from an officer when the monitoring parties are not given', () => {
    expect(decide(csoOfficer, 'feedback.read', undefined as never)).toEqual(refused('not_visible'));
    expect(decide(csoOfficer, 'feedback.triage', undefined as never)).toEqual(refused('not_visible'));
  });
});

describe('reference data of monitoring', () => {
  it.each([
    ['admin', admin, ALLOWED],
    ['sna_officer', snaOfficer, ALLOWED],
    ['cso_officer', csoOfficer, ALLOWED],
    ['moi_reviewer', reviewer, refused('forbidden')],
  ])('serviceDirectory.write by the %s', (_role, who, expected) => {
    expect(decide(who, 'serviceDirectory.write')).toEqual(expected);
  });

  it.each([
    ['admin', admin, ALLOWED],
    ['sna_officer', snaOfficer, refused('forbidden')],
    ['cso_officer', csoOfficer, refused('forbidden')],
    ['moi_reviewer', reviewer, refused('forbidden')],
  ])('indicatorLibrary.write by the %s', (_role, who, expected) => {
    expect(decide(who, 'indicatorLibrary.write')).toEqual(expected);
  });
});

describe('mayRateFor', () => {
  const parties = { partyOrganizationIds: ['org-district', 'org-ngo'] };

  it.each([snaOfficer, csoOfficer])('lets the $role rate for their own organisation', (who) => {
    expect(mayRateFor(who, who.organizationId, parties)).toBe(true);
  });

  it('refuses an officer rating on behalf of the other party', () => {
    expect(mayRateFor(csoOfficer, 'org-district', parties)).toBe(false);
    expect(mayRateFor(snaOfficer, 'org-ngo', parties)).toBe(false);
  });

  it('refuses an officer of an organisation that is no party', () => {
    const outsider = actor('cso_officer', 'org-other-ngo');
    expect(mayRateFor(outsider, 'org-other-ngo', parties)).toBe(false);
  });

  it.each([admin, reviewer])('refuses the $role, even for an organisation that is a party', (who) => {
    expect(mayRateFor(who, 'org-ngo', parties)).toBe(false);
    expect(mayRateFor(who, who.organizationId, { partyOrganizationIds: [who.organizationId, 'org-ngo'] })).toBe(false);
  });
});

describe('partnershipVisibilityScope', () => {
  it('is everything for admins and reviewers', () => {
    expect(partnershipVisibilityScope(admin)).toEqual({ kind: 'all' });
    expect(partnershipVisibilityScope(reviewer)).toEqual({ kind: 'all' });
  });

  it('is the own organisation for officers', () => {
    expect(partnershipVisibilityScope(snaOfficer)).toEqual({ kind: 'organization', organizationId: 'org-district' });
    expect(partnershipVisibilityScope(csoOfficer)).toEqual({ kind: 'organization', organizationId: 'org-ngo' });
  });

  it('is nothing without a signed-in actor', () => {
    expect(partnershipVisibilityScope(null)).toEqual({ kind: 'none' });
  });
});

describe('DENIAL_HTTP_STATUS', () => {
  it('maps each refusal to its HTTP status', () => {
    expect(DENIAL_HTTP_STATUS).toEqual({ unauthenticated: 401, forbidden: 403, not_visible: 404 });
  });
});
