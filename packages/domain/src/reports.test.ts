import {
  EDITABLE_REPORT_STATUSES,
  REPORT_ACTIONS,
  REPORT_ACTION_PERFORMERS,
  REPORT_STATUSES,
  allowedReportActions,
  decideReportAction,
  decideReportEdit,
  isReportLate,
  type ReportAction,
  type ReportState,
  type ReportStatus,
} from './reports.js';
import type { Actor } from './roles.js';

const DISTRICT = 'org-district';
const NGO = 'org-ngo';
const PROVINCE = 'org-province';

const person = (role: Actor['role'], organizationId: string): Actor => ({
  userId: `user-${role}-${organizationId}`,
  role,
  organizationId,
  isSignatory: false,
});

// The NGO reports on the partnership between the district and the NGO; the province was asked to endorse it.
const ACTORS = {
  cso_reporting: person('cso_officer', NGO),
  sna_other_party: person('sna_officer', DISTRICT),
  sna_endorser: person('sna_officer', PROVINCE),
  sna_outsider: person('sna_officer', 'org-other-district'),
  cso_outsider: person('cso_officer', 'org-other-ngo'),
  moi_reviewer: person('moi_reviewer', 'org-moi'),
  admin: person('admin', 'org-platform'),
} satisfies Record<string, Actor>;
type ActorName = keyof typeof ACTORS;
const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];

const report = (status: ReportStatus, changes: Partial<ReportState> = {}): ReportState => ({
  status,
  partyOrganizationIds: [DISTRICT, NGO],
  endorserOrganizationIds: [PROVINCE],
  responsibleOrganizationId: NGO,
  hasValues: true,
  ...changes,
});

// Written from the workflow of issue 6 and api.md, independently of the implementation.
const ALLOWED: ReadonlyArray<[ReportAction, ReportStatus[], ActorName, ReportStatus]> = [
  ['submit', ['draft', 'sent_back'], 'cso_reporting', 'submitted'],
  ['validate', ['submitted'], 'sna_other_party', 'validated'],
  ['send_back', ['submitted'], 'sna_other_party', 'sent_back'],
];

const HIDDEN: ActorName[] = ['sna_outsider', 'cso_outsider'];

type Expected = { to: ReportStatus } | { code: string; httpStatus: number };

function expected(action: ReportAction, status: ReportStatus, who: ActorName): Expected {
  if (HIDDEN.includes(who)) return { code: 'not_visible', httpStatus: 404 };
  const row = ALLOWED.find(([a, , actor]) => a === action && actor === who);
  if (row === undefined) return { code: 'forbidden', httpStatus: 403 };
  if (!row[1].includes(status)) return { code: 'invalid_status', httpStatus: 409 };
  return { to: row[3] };
}

const combinations = REPORT_ACTIONS.flatMap((action) =>
  REPORT_STATUSES.flatMap((status) => ACTOR_NAMES.map((who) => [action, status, who] as const)),
);

describe('report codes', () => {
  it('are the statuses and actions of the workflow', () => {
    expect(REPORT_STATUSES).toEqual(['draft', 'submitted', 'validated', 'sent_back']);
    expect(REPORT_ACTIONS).toEqual(['submit', 'validate', 'send_back']);
    expect(EDITABLE_REPORT_STATUSES).toEqual(['draft', 'sent_back']);
  });

  it('name who performs each action', () => {
    expect(REPORT_ACTION_PERFORMERS).toEqual({
      submit: 'responsible_officer',
      validate: 'other_party_officer',
      send_back: 'other_party_officer',
    });
  });
});

describe('decideReportAction: every action × status × actor', () => {
  it('covers all combinations', () => {
    expect(combinations).toHaveLength(3 * 4 * 7);
  });

  it.each(combinations)('%s a %s report by %s', (action, status, who) => {
    const decision = decideReportAction(report(status), ACTORS[who], action, { comment: 'Figures for March are missing' });
    const outcome = expected(action, status, who);
    if ('to' in outcome) {
      expect(decision).toEqual({ ok: true, to: outcome.to });
    } else {
      expect(decision).toEqual({ ok: false, error: { code: outcome.code, httpStatus: outcome.httpStatus } });
    }
  });
});

describe('who reports and who validates', () => {
  it('lets the state party report and the CSO validate when the state party is responsible', () => {
    const stateReports = report('draft', { responsibleOrganizationId: DISTRICT });
    expect(decideReportAction(stateReports, ACTORS.sna_other_party, 'submit', {})).toEqual({ ok: true, to: 'submitted' });
    expect(decideReportAction(stateReports, ACTORS.cso_reporting, 'submit', {})).toEqual({
      ok: false,
      error: { code: 'forbidden', httpStatus: 403 },
    });
    const submitted = { ...stateReports, status: 'submitted' as const };
    expect(decideReportAction(submitted, ACTORS.cso_reporting, 'validate', {})).toEqual({ ok: true, to: 'validated' });
    expect(decideReportAction(submitted, ACTORS.sna_other_party, 'validate', {})).toEqual({
      ok: false,
      error: { code: 'forbidden', httpStatus: 403 },
    });
  });

  it('refuses a colleague of the reporting organisation validating its own report', () => {
    const colleague = person('cso_officer', NGO);
    for (const action of ['validate', 'send_back'] as const) {
      expect(decideReportAction(report('submitted'), colleague, action, { comment: 'ok' })).toEqual({
        ok: false,
        error: { code: 'forbidden', httpStatus: 403 },
      });
    }
  });

  it('lets any other party validate when the partnership has three parties', () => {
    const threeParties = report('submitted', { partyOrganizationIds: [DISTRICT, NGO, 'org-commune'] });
    expect(decideReportAction(threeParties, person('sna_officer', 'org-commune'), 'validate', {})).toEqual({
      ok: true,
      to: 'validated',
    });
  });

  it('lets nobody submit when the responsible organisation is not a party', () => {
    const orphan = report('draft', { responsibleOrganizationId: 'org-gone' });
    expect(allowedReportActions(orphan, ACTORS.cso_reporting)).toEqual([]);
    expect(allowedReportActions(orphan, person('cso_officer', 'org-gone'))).toEqual([]);
  });
});

describe('guards and input', () => {
  it.each(['draft', 'sent_back'] as const)('refuses submitting a %s report without any value (409)', (status) => {
    expect(decideReportAction(report(status, { hasValues: false }), ACTORS.cso_reporting, 'submit', {})).toEqual({
      ok: false,
      error: { code: 'report_values_missing', httpStatus: 409 },
    });
  });

  it('checks the status before the values', () => {
    expect(decideReportAction(report('validated', { hasValues: false }), ACTORS.cso_reporting, 'submit', {})).toEqual({
      ok: false,
      error: { code: 'invalid_status', httpStatus: 409 },
    });
  });

  it.each([{}, { comment: '' }, { comment: '  \n ' }])('refuses send_back with the comment %j (422)', (input) => {
    expect(decideReportAction(report('submitted'), ACTORS.sna_other_party, 'send_back', input)).toEqual({
      ok: false,
      error: { code: 'comment_required', httpStatus: 422 },
    });
  });

  it('checks who acts before the comment', () => {
    expect(decideReportAction(report('submitted'), ACTORS.cso_reporting, 'send_back', {})).toEqual({
      ok: false,
      error: { code: 'forbidden', httpStatus: 403 },
    });
  });

  it.each([
    ['submit', 'draft', 'cso_reporting'],
    ['validate', 'submitted', 'sna_other_party'],
  ] as const)('%s needs no comment', (action, status, who) => {
    expect(decideReportAction(report(status), ACTORS[who], action, {}).ok).toBe(true);
  });
});

describe('allowedReportActions', () => {
  const cases = REPORT_STATUSES.flatMap((status) => ACTOR_NAMES.map((who) => [status, who] as const));

  it.each(cases)('for a %s report and %s lists exactly the table’s actions', (status, who) => {
    const allowed = REPORT_ACTIONS.filter((action) => 'to' in expected(action, status, who));
    expect(allowedReportActions(report(status), ACTORS[who])).toEqual(allowed);
  });

  it('lists send_back while its comment is still to be written', () => {
    expect(allowedReportActions(report('submitted'), ACTORS.sna_other_party)).toEqual(['validate', 'send_back']);
  });

  it('leaves out submit while the report holds no value', () => {
    expect(allowedReportActions(report('draft', { hasValues: false }), ACTORS.cso_reporting)).toEqual([]);
  });
});

describe('decideReportEdit', () => {
  it('lets the reporting party edit a draft in place', () => {
    expect(decideReportEdit(report('draft'), ACTORS.cso_reporting)).toEqual({ ok: true, to: 'draft', newVersion: false });
  });

  it('starts a new draft version when the reporting party corrects a sent-back report', () => {
    expect(decideReportEdit(report('sent_back'), ACTORS.cso_reporting)).toEqual({ ok: true, to: 'draft', newVersion: true });
  });

  it.each(['submitted', 'validated'] as const)('refuses editing a %s report: submitted values are immutable (409)', (status) => {
    expect(decideReportEdit(report(status), ACTORS.cso_reporting)).toEqual({
      ok: false,
      error: { code: 'invalid_status', httpStatus: 409 },
    });
  });

  it.each(['sna_other_party', 'sna_endorser', 'moi_reviewer', 'admin'] as const)('refuses %s editing the report (403)', (who) => {
    expect(decideReportEdit(report('draft'), ACTORS[who])).toEqual({ ok: false, error: { code: 'forbidden', httpStatus: 403 } });
  });

  it.each(HIDDEN)('hides the report from %s (404)', (who) => {
    expect(decideReportEdit(report('draft'), ACTORS[who])).toEqual({ ok: false, error: { code: 'not_visible', httpStatus: 404 } });
  });
});

describe('isReportLate', () => {
  const dueDate = '2025-04-15';

  it.each([null, 'draft', 'sent_back'] as const)('flags a report that is %s after its due date', (status) => {
    expect(isReportLate({ dueDate, status }, '2025-04-16')).toBe(true);
  });

  it.each([null, 'draft', 'sent_back'] as const)('does not flag a %s report on its due date or before', (status) => {
    expect(isReportLate({ dueDate, status }, '2025-04-15')).toBe(false);
    expect(isReportLate({ dueDate, status }, '2025-03-01')).toBe(false);
  });

  it.each(['submitted', 'validated'] as const)('never flags a %s report', (status) => {
    expect(isReportLate({ dueDate, status }, '2026-01-01')).toBe(false);
  });
});
