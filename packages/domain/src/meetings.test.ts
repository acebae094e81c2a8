import { MINUTES_FIELDS, MINUTES_STATES, SEXES, attendanceSummary, canApproveMinutes, minutesState } from './meetings.js';
import type { Actor } from './roles.js';

const DISTRICT = 'org-district';
const NGO = 'org-ngo';
const PARTIES = { partyOrganizationIds: [DISTRICT, NGO], endorserOrganizationIds: ['org-province'] };

const person = (role: Actor['role'], organizationId: string): Actor => ({
  userId: `user-${role}-${organizationId}`,
  role,
  organizationId,
  isSignatory: false,
});

describe('the vocabularies', () => {
  it('name the minutes states, the sexes and the fields whose change clears approvals', () => {
    expect(MINUTES_STATES).toEqual(['draft', 'partly_approved', 'final']);
    expect(SEXES).toEqual(['female', 'male', 'other']);
    expect(MINUTES_FIELDS).toEqual(['attendees', 'minutes', 'decisions', 'actionItems']);
  });
});

describe('minutesState', () => {
  it.each([
    [[], 'draft'],
    [[DISTRICT], 'partly_approved'],
    [[NGO], 'partly_approved'],
    [[DISTRICT, NGO], 'final'],
    [[NGO, DISTRICT], 'final'],
    [['org-outsider'], 'draft'],
    [[DISTRICT, 'org-outsider'], 'partly_approved'],
  ] as const)('with approvals from %j is %s', (approvals, expected) => {
    expect(minutesState({ partyOrganizationIds: PARTIES.partyOrganizationIds, approvals })).toBe(expected);
  });

  it('waits for every party of a partnership of three', () => {
    const partyOrganizationIds = [DISTRICT, NGO, 'org-commune'];
    expect(minutesState({ partyOrganizationIds, approvals: [DISTRICT, NGO] })).toBe('partly_approved');
    expect(minutesState({ partyOrganizationIds, approvals: [DISTRICT, NGO, 'org-commune'] })).toBe('final');
  });
});

describe('canApproveMinutes', () => {
  const MINUTES = 'The parties agreed the scorecard schedule.';
  const check = (actor: Actor, approvals: string[] = [], minutes: string | null = MINUTES) =>
    canApproveMinutes({ actor, parties: PARTIES, approvals, minutes });

  it.each([person('sna_officer', DISTRICT), person('cso_officer', NGO)])('lets the $role of a party approve', (actor) => {
    expect(check(actor)).toEqual({ ok: true });
  });

  it('lets a party approve after the other party did', () => {
    expect(check(person('cso_officer', NGO), [DISTRICT])).toEqual({ ok: true });
  });

  it.each([person('sna_officer', 'org-other-district'), person('cso_officer', 'org-other-ngo')])(
    'hides the meeting from the $role of another organisation',
    (actor) => {
      expect(check(actor)).toEqual({ ok: false, error: { code: 'not_visible', httpStatus: 404 } });
    },
  );

  it.each([person('admin', 'org-platform'), person('moi_reviewer', 'org-moi'), person('sna_officer', 'org-province')])(
    'refuses the $role, who may read the meeting but is no party',
    (actor) => {
      expect(check(actor)).toEqual({ ok: false, error: { code: 'forbidden', httpStatus: 403 } });
    },
  );

  it.each([null, '', '  \n '])('refuses minutes not yet written (%j)', (minutes) => {
    expect(check(person('cso_officer', NGO), [], minutes)).toEqual({
      ok: false,
      error: { code: 'minutes_missing', httpStatus: 409 },
    });
  });

  it('refuses a party approving twice', () => {
    expect(check(person('cso_officer', NGO), [NGO])).toEqual({
      ok: false,
      error: { code: 'minutes_already_approved', httpStatus: 409 },
    });
  });

  it('refuses an outsider before looking at the minutes', () => {
    expect(check(person('cso_officer', 'org-other-ngo'), [], null)).toEqual({
      ok: false,
      error: { code: 'not_visible', httpStatus: 404 },
    });
  });
});

describe('attendanceSummary', () => {
  it('is all zero without attendees', () => {
    expect(attendanceSummary([])).toEqual({ total: 0, female: 0, male: 0, other: 0, disability: 0, idPoor: 0 });
  });

  it('counts attendees by sex, disability and ID-poor status', () => {
    expect(
      attendanceSummary([
        { sex: 'female', disability: true, idPoor: true },
        { sex: 'female', idPoor: true },
        { sex: 'female', disability: false, idPoor: false },
        { sex: 'male', disability: true },
        { sex: 'male' },
        { sex: 'other', idPoor: true },
      ]),
    ).toEqual({ total: 6, female: 3, male: 2, other: 1, disability: 2, idPoor: 3 });
  });
});
