import {
  AMENDMENT_ACTIONS,
  AMENDMENT_STATUSES,
  OPEN_AMENDMENT_STATUSES,
  allowedAmendmentActions,
  canProposeAmendment,
  decideAmendmentTransition,
  isOpenAmendment,
  type AmendmentAction,
  type AmendmentState,
  type AmendmentStatus,
} from './amendment.js';
import { PARTNERSHIP_STATUSES } from './lifecycle.js';
import type { Actor } from './roles.js';
import { SYSTEM_ACTOR, type TransitionActor } from './transition-rules.js';

const DISTRICT = 'org-district';
const NGO = 'org-ngo';
const PROVINCE = 'org-province';

const officer = (role: Actor['role'], organizationId: string, isSignatory = true): Actor => ({
  userId: `user-${role}-${organizationId}`,
  role,
  organizationId,
  isSignatory,
});

const ACTORS = {
  admin: officer('admin', 'org-platform'),
  moi_reviewer: officer('moi_reviewer', 'org-moi'),
  sna_party: officer('sna_officer', DISTRICT),
  cso_party: officer('cso_officer', NGO),
  sna_outsider: officer('sna_officer', 'org-other-district'),
  cso_outsider: officer('cso_officer', 'org-other-ngo'),
  sna_endorser: officer('sna_officer', PROVINCE),
  system: SYSTEM_ACTOR,
} satisfies Record<string, TransitionActor>;
type ActorName = keyof typeof ACTORS;
const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];

const amendment = (status: AmendmentStatus, changes: Partial<AmendmentState> = {}): AmendmentState => ({
  status,
  partyOrganizationIds: [DISTRICT, NGO],
  hasMouVersion: true,
  signedOrganizationIds: [],
  ...changes,
});

const ENDORSEMENT_SITUATIONS = {
  not_needed: {},
  pending: { endorsement: { requiredFrom: [PROVINCE], givenBy: [] } },
  given: { endorsement: { requiredFrom: [PROVINCE], givenBy: [PROVINCE] } },
} satisfies Record<string, Partial<AmendmentState>>;
type EndorsementSituation = keyof typeof ENDORSEMENT_SITUATIONS;
const SITUATION_NAMES = Object.keys(ENDORSEMENT_SITUATIONS) as EndorsementSituation[];

const FULL_INPUT = { comment: 'Clause 4 needs the new budget', reason: 'Outside the partnership’s purpose' };

// Written from the brief for amendments, independently of the implementation.
const PARTIES: ActorName[] = ['sna_party', 'cso_party'];
const REVIEWER: ActorName[] = ['moi_reviewer'];
const ALLOWED: ReadonlyArray<[AmendmentAction, AmendmentStatus[], ActorName[], AmendmentStatus]> = [
  ['submit', ['drafting'], PARTIES, 'in_review'],
  ['request_changes', ['in_review'], REVIEWER, 'drafting'],
  ['approve', ['in_review'], REVIEWER, 'awaiting_signatures'],
  ['decline', ['in_review'], REVIEWER, 'declined'],
  // One of two parties signing: the other signature is still awaited.
  ['sign', ['awaiting_signatures'], PARTIES, 'awaiting_signatures'],
  ['withdraw', ['drafting', 'in_review', 'awaiting_signatures'], PARTIES, 'withdrawn'],
  ['endorse', ['in_review'], ['sna_endorser'], 'in_review'],
];

type Expected = { to: AmendmentStatus } | { code: string };

function expected(action: AmendmentAction, from: AmendmentStatus, who: ActorName, situation: EndorsementSituation): Expected {
  if (who === 'sna_outsider' || who === 'cso_outsider') return { code: 'not_visible' };
  if (who === 'sna_endorser' && situation === 'not_needed') return { code: 'not_visible' };
  const row = ALLOWED.find(([a, froms, actors]) => a === action && froms.includes(from) && actors.includes(who));
  if (row === undefined) {
    const mayEverDoIt = ALLOWED.some(([a, , actors]) => a === action && actors.includes(who));
    return { code: mayEverDoIt ? 'invalid_status' : 'forbidden' };
  }
  if (action === 'endorse' && situation === 'given') return { code: 'already_endorsed' };
  if (action === 'approve' && situation === 'pending') return { code: 'endorsement_required' };
  return { to: row[3] };
}

const EXPECTED_HTTP: Record<string, number> = {
  not_visible: 404,
  forbidden: 403,
  invalid_status: 409,
  already_endorsed: 409,
  endorsement_required: 409,
};

const combinations = AMENDMENT_ACTIONS.flatMap((action) =>
  AMENDMENT_STATUSES.flatMap((from) =>
    ACTOR_NAMES.flatMap((who) => SITUATION_NAMES.map((situation) => [action, from, who, situation] as const)),
  ),
);

describe('decideAmendmentTransition: every action × status × actor × endorsement situation', () => {
  it('covers all combinations', () => {
    expect(combinations).toHaveLength(7 * 6 * 8 * 3);
  });

  it.each(combinations)('%s from %s by %s, endorsement %s', (action, from, who, situation) => {
    const decision = decideAmendmentTransition(amendment(from, ENDORSEMENT_SITUATIONS[situation]), ACTORS[who], action, FULL_INPUT);
    const outcome = expected(action, from, who, situation);
    if ('to' in outcome) {
      expect(decision).toEqual({ ok: true, to: outcome.to });
    } else {
      expect(decision).toEqual({ ok: false, error: { code: outcome.code, httpStatus: EXPECTED_HTTP[outcome.code] } });
    }
  });
});

describe('allowedAmendmentActions', () => {
  const cases = AMENDMENT_STATUSES.flatMap((status) =>
    ACTOR_NAMES.flatMap((who) => SITUATION_NAMES.map((situation) => [status, who, situation] as const)),
  );

  it.each(cases)('in %s for %s, endorsement %s, lists exactly the table’s actions', (status, who, situation) => {
    const allowed = AMENDMENT_ACTIONS.filter((action) => 'to' in expected(action, status, who, situation));
    expect(allowedAmendmentActions(amendment(status, ENDORSEMENT_SITUATIONS[situation]), ACTORS[who])).toEqual(allowed);
  });

  it('lists the reviewer’s decisions whose comment or reason is still to be written', () => {
    expect(allowedAmendmentActions(amendment('in_review'), ACTORS.moi_reviewer)).toEqual(['request_changes', 'approve', 'decline']);
  });
});

describe('amendment guards and inputs', () => {
  it('submit needs a proposed MoU version (409)', () => {
    expect(decideAmendmentTransition(amendment('drafting', { hasMouVersion: false }), ACTORS.cso_party, 'submit', {})).toEqual({
      ok: false,
      error: { code: 'mou_version_required', httpStatus: 409 },
    });
    expect(allowedAmendmentActions(amendment('drafting', { hasMouVersion: false }), ACTORS.cso_party)).toEqual(['withdraw']);
  });

  it('request_changes needs a comment (422)', () => {
    for (const input of [{}, { comment: '  ' }, { reason: 'a reason is not a comment' }]) {
      expect(decideAmendmentTransition(amendment('in_review'), ACTORS.moi_reviewer, 'request_changes', input)).toEqual({
        ok: false,
        error: { code: 'comment_required', httpStatus: 422 },
      });
    }
  });

  it('decline needs a reason (422)', () => {
    for (const input of [{}, { reason: '\n' }, { comment: 'a comment is not a reason' }]) {
      expect(decideAmendmentTransition(amendment('in_review'), ACTORS.moi_reviewer, 'decline', input)).toEqual({
        ok: false,
        error: { code: 'reason_required', httpStatus: 422 },
      });
    }
  });

  it.each(['submit', 'approve', 'sign', 'withdraw'] as const)('%s needs neither comment nor reason', (action) => {
    const row = ALLOWED.find(([a]) => a === action);
    if (row === undefined) throw new Error(`no table row for ${action}`);
    const [, [from], [who]] = row;
    if (from === undefined || who === undefined) throw new Error(`incomplete table row for ${action}`);
    expect(decideAmendmentTransition(amendment(from), ACTORS[who], action, {}).ok).toBe(true);
  });

  it('sign needs a signatory (403), once per party (409)', () => {
    expect(decideAmendmentTransition(amendment('awaiting_signatures'), officer('cso_officer', NGO, false), 'sign', {})).toEqual({
      ok: false,
      error: { code: 'not_signatory', httpStatus: 403 },
    });
    expect(
      decideAmendmentTransition(amendment('awaiting_signatures', { signedOrganizationIds: [NGO] }), ACTORS.cso_party, 'sign', {}),
    ).toEqual({ ok: false, error: { code: 'already_signed', httpStatus: 409 } });
  });

  it('the last party’s signature puts the amendment in force', () => {
    const oneSigned = amendment('awaiting_signatures', { signedOrganizationIds: [NGO] });
    expect(decideAmendmentTransition(oneSigned, ACTORS.sna_party, 'sign', {})).toEqual({ ok: true, to: 'in_force' });
  });
});

describe('open amendments', () => {
  it('are those drafting, in review or awaiting signatures', () => {
    expect(AMENDMENT_STATUSES.filter(isOpenAmendment)).toEqual(['drafting', 'in_review', 'awaiting_signatures']);
    expect(OPEN_AMENDMENT_STATUSES).toEqual(['drafting', 'in_review', 'awaiting_signatures']);
  });

  it('end in force, declined or withdrawn, where no action leads on', () => {
    for (const status of ['in_force', 'declined', 'withdrawn'] as const) {
      for (const who of ACTOR_NAMES) {
        expect(allowedAmendmentActions(amendment(status, ENDORSEMENT_SITUATIONS.pending), ACTORS[who])).toEqual([]);
      }
    }
  });
});

describe('canProposeAmendment', () => {
  const parties = { partyOrganizationIds: [DISTRICT, NGO], endorserOrganizationIds: [PROVINCE] };
  const cases = PARTNERSHIP_STATUSES.flatMap((status) =>
    [false, true].flatMap((open) => ACTOR_NAMES.map((who) => [status, open, who] as const)),
  );

  function expectedCheck(status: string, open: boolean, who: ActorName): string | null {
    if (who === 'sna_outsider' || who === 'cso_outsider') return 'not_visible';
    if (!PARTIES.includes(who)) return 'forbidden';
    if (status !== 'active') return 'invalid_status';
    return open ? 'amendment_open' : null;
  }

  it.each(cases)('partnership %s, amendment open: %s, by %s', (status, open, who) => {
    const code = expectedCheck(status, open, who);
    const httpStatus = { not_visible: 404, forbidden: 403, invalid_status: 409, amendment_open: 409 }[code ?? 'forbidden'];
    expect(canProposeAmendment(status, open, ACTORS[who], parties)).toEqual(
      code === null ? { ok: true } : { ok: false, error: { code, httpStatus } },
    );
  });

  it('accepts the parties without endorsers', () => {
    expect(canProposeAmendment('active', false, ACTORS.sna_party, { partyOrganizationIds: [DISTRICT, NGO] })).toEqual({ ok: true });
  });
});
