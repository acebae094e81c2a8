import {
  EDITABLE_STATUSES,
  NEXT_STEPS,
  PARTNERSHIP_ACTIONS,
  PARTNERSHIP_STATUSES,
  PUBLIC_STATUSES,
  SYSTEM_ACTOR,
  allowedActions,
  decideTransition,
  awaitsEndorsement,
  isEditable,
  isPublicStatus,
  isTerminal,
  unsignedPartyIds,
  type PartnershipAction,
  type PartnershipState,
  type PartnershipStatus,
  type TransitionActor,
} from './lifecycle.js';
import type { Actor } from './roles.js';

const DISTRICT = 'org-district';
const NGO = 'org-ngo';
// The parent administration asked to endorse the district's partnerships.
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

const state = (status: PartnershipStatus, changes: Partial<PartnershipState> = {}): PartnershipState => ({
  status,
  partyOrganizationIds: [DISTRICT, NGO],
  hasMouVersion: true,
  signedOrganizationIds: [],
  hasFinalReview: true,
  ...changes,
});

// Whether the partnership needs the province's endorsement and whether it was given for the current stage.
const ENDORSEMENT_SITUATIONS = {
  not_needed: {},
  pending: { endorsement: { requiredFrom: [PROVINCE], givenBy: [] } },
  given: { endorsement: { requiredFrom: [PROVINCE], givenBy: [PROVINCE] } },
} satisfies Record<string, Partial<PartnershipState>>;
type EndorsementSituation = keyof typeof ENDORSEMENT_SITUATIONS;
const SITUATION_NAMES = Object.keys(ENDORSEMENT_SITUATIONS) as EndorsementSituation[];

const FULL_INPUT = { comment: 'See section 3', reason: 'Parties agreed' };

// Written from the table in api.md, independently of the implementation.
const PARTIES: ActorName[] = ['sna_party', 'cso_party'];
const REVIEWER: ActorName[] = ['moi_reviewer'];
const UNCHANGED = 'unchanged';
const ALLOWED: ReadonlyArray<[PartnershipAction, PartnershipStatus[], ActorName[], PartnershipStatus | typeof UNCHANGED]> = [
  ['submit_proposal', ['draft'], PARTIES, 'proposal_review'],
  ['accept_proposal', ['proposal_review'], REVIEWER, 'mou_drafting'],
  ['return_proposal', ['proposal_review'], REVIEWER, 'draft'],
  ['submit_mou', ['mou_drafting'], PARTIES, 'mou_review'],
  ['request_changes', ['mou_review'], REVIEWER, 'mou_drafting'],
  ['approve', ['mou_review'], REVIEWER, 'awaiting_signatures'],
  ['decline', ['proposal_review', 'mou_review'], REVIEWER, 'declined'],
  // One of two parties signing: the other signature is still awaited.
  ['sign', ['awaiting_signatures'], PARTIES, 'awaiting_signatures'],
  ['suspend', ['active'], REVIEWER, 'suspended'],
  ['resume', ['suspended'], REVIEWER, 'active'],
  ['complete', ['active'], ['moi_reviewer', 'system'], 'completed'],
  ['terminate', ['active', 'suspended'], REVIEWER, 'terminated'],
  ['close', ['completed', 'terminated'], REVIEWER, 'closed'],
  ['withdraw', ['draft', 'proposal_review', 'mou_drafting', 'mou_review', 'awaiting_signatures'], PARTIES, 'withdrawn'],
  ['endorse', ['proposal_review', 'mou_review'], ['sna_endorser'], UNCHANGED],
];
// The reviewer's decisions that wait for every endorsement asked.
const NEED_ENDORSEMENT: PartnershipAction[] = ['accept_proposal', 'approve'];

function expectedTarget(action: PartnershipAction, from: PartnershipStatus, who: ActorName): PartnershipStatus | undefined {
  const row = ALLOWED.find(([a, froms, actors]) => a === action && froms.includes(from) && actors.includes(who));
  return row?.[3] === UNCHANGED ? from : row?.[3];
}

type Expected = { to: PartnershipStatus } | { code: string };

function expected(action: PartnershipAction, from: PartnershipStatus, who: ActorName, situation: EndorsementSituation): Expected {
  if (who === 'sna_outsider' || who === 'cso_outsider') return { code: 'not_visible' };
  // The province sees the partnership only while its endorsement is asked.
  if (who === 'sna_endorser' && situation === 'not_needed') return { code: 'not_visible' };
  const to = expectedTarget(action, from, who);
  if (to === undefined) {
    const mayEverDoIt = ALLOWED.some(([a, , actors]) => a === action && actors.includes(who));
    return { code: mayEverDoIt ? 'invalid_status' : 'forbidden' };
  }
  if (action === 'endorse' && situation === 'given') return { code: 'already_endorsed' };
  if (NEED_ENDORSEMENT.includes(action) && situation === 'pending') return { code: 'endorsement_required' };
  return { to };
}

const EXPECTED_HTTP: Record<string, number> = {
  not_visible: 404,
  forbidden: 403,
  invalid_status: 409,
  already_endorsed: 409,
  endorsement_required: 409,
};

const combinations = PARTNERSHIP_ACTIONS.flatMap((action) =>
  PARTNERSHIP_STATUSES.flatMap((from) =>
    ACTOR_NAMES.flatMap((who) => SITUATION_NAMES.map((situation) => [action, from, who, situation] as const)),
  ),
);

describe('decideTransition: every action × status × actor × endorsement situation', () => {
  it('covers all combinations', () => {
    expect(combinations).toHaveLength(15 * 12 * 8 * 3);
  });

  it.each(combinations)('%s from %s by %s, endorsement %s', (action, from, who, situation) => {
    const decision = decideTransition(state(from, ENDORSEMENT_SITUATIONS[situation]), ACTORS[who], action, FULL_INPUT);
    const outcome = expected(action, from, who, situation);
    if ('to' in outcome) {
      expect(decision).toEqual({ ok: true, to: outcome.to });
    } else {
      expect(decision).toEqual({ ok: false, error: { code: outcome.code, httpStatus: EXPECTED_HTTP[outcome.code] } });
    }
  });
});

describe('allowedActions', () => {
  const cases = PARTNERSHIP_STATUSES.flatMap((status) =>
    ACTOR_NAMES.flatMap((who) => SITUATION_NAMES.map((situation) => [status, who, situation] as const)),
  );

  it.each(cases)('in %s for %s, endorsement %s, lists exactly the table’s actions', (status, who, situation) => {
    const allowed = PARTNERSHIP_ACTIONS.filter((action) => 'to' in expected(action, status, who, situation));
    expect(allowedActions(state(status, ENDORSEMENT_SITUATIONS[situation]), ACTORS[who])).toEqual(allowed);
  });

  it('lists actions whose comment or reason is still to be written', () => {
    expect(allowedActions(state('proposal_review'), ACTORS.moi_reviewer)).toEqual([
      'accept_proposal',
      'return_proposal',
      'decline',
    ]);
  });

  it('leaves out submit_mou while no MoU version exists', () => {
    expect(allowedActions(state('mou_drafting', { hasMouVersion: false }), ACTORS.cso_party)).toEqual(['withdraw']);
  });

  it('leaves out sign for an officer who is not a signatory', () => {
    expect(allowedActions(state('awaiting_signatures'), officer('sna_officer', DISTRICT, false))).toEqual(['withdraw']);
  });

  it('leaves out sign once the officer’s organisation has signed', () => {
    const signed = state('awaiting_signatures', { signedOrganizationIds: [NGO] });
    expect(allowedActions(signed, ACTORS.cso_party)).toEqual(['withdraw']);
    expect(allowedActions(signed, ACTORS.sna_party)).toEqual(['sign', 'withdraw']);
  });

  it('leaves out close until a final review is recorded', () => {
    expect(allowedActions(state('completed', { hasFinalReview: false }), ACTORS.moi_reviewer)).toEqual([]);
  });
});

describe('comment and reason requirements', () => {
  it.each([
    ['return_proposal', 'proposal_review'],
    ['request_changes', 'mou_review'],
  ] as const)('%s refuses a missing or blank comment with 422', (action, from) => {
    for (const input of [{}, { comment: '' }, { comment: '   ' }, { reason: 'a reason is not a comment' }]) {
      expect(decideTransition(state(from), ACTORS.moi_reviewer, action, input)).toEqual({
        ok: false,
        error: { code: 'comment_required', httpStatus: 422 },
      });
    }
    expect(decideTransition(state(from), ACTORS.moi_reviewer, action, { comment: 'Clarify budget' }).ok).toBe(true);
  });

  it.each([
    ['decline', 'proposal_review'],
    ['decline', 'mou_review'],
    ['suspend', 'active'],
    ['terminate', 'active'],
    ['terminate', 'suspended'],
  ] as const)('%s from %s refuses a missing or blank reason with 422', (action, from) => {
    for (const input of [{}, { reason: '' }, { reason: ' \n ' }, { comment: 'a comment is not a reason' }]) {
      expect(decideTransition(state(from), ACTORS.moi_reviewer, action, input)).toEqual({
        ok: false,
        error: { code: 'reason_required', httpStatus: 422 },
      });
    }
    expect(decideTransition(state(from), ACTORS.moi_reviewer, action, { reason: 'Funding ended' }).ok).toBe(true);
  });

  it.each(PARTNERSHIP_ACTIONS.filter((a) => !['return_proposal', 'request_changes', 'decline', 'suspend', 'terminate'].includes(a)))(
    '%s needs neither comment nor reason',
    (action) => {
      const allowedRow = ALLOWED.find(([a]) => a === action);
      if (allowedRow === undefined) throw new Error(`no table row for ${action}`);
      const [, [from], [who]] = allowedRow;
      if (from === undefined || who === undefined) throw new Error(`incomplete table row for ${action}`);
      const situation = action === 'endorse' ? 'pending' : 'not_needed';
      expect(decideTransition(state(from, ENDORSEMENT_SITUATIONS[situation]), ACTORS[who], action, {}).ok).toBe(true);
    },
  );
});

describe('check order: visibility, role, status, guards', () => {
  it('hides the partnership from an outsider before anything else', () => {
    expect(decideTransition(state('draft'), ACTORS.cso_outsider, 'decline', {})).toMatchObject({
      error: { code: 'not_visible' },
    });
  });

  it('refuses the role before looking at the status', () => {
    expect(decideTransition(state('closed'), ACTORS.admin, 'approve', {})).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('refuses the status before the missing reason', () => {
    expect(decideTransition(state('draft'), ACTORS.moi_reviewer, 'decline', {})).toMatchObject({
      error: { code: 'invalid_status' },
    });
  });

  it('refuses the status before the signatory guard', () => {
    expect(decideTransition(state('active'), officer('cso_officer', NGO, false), 'sign', {})).toMatchObject({
      error: { code: 'invalid_status' },
    });
  });
});

describe('guards', () => {
  it('submit_mou needs an MoU version (409)', () => {
    expect(decideTransition(state('mou_drafting', { hasMouVersion: false }), ACTORS.sna_party, 'submit_mou', {})).toEqual({
      ok: false,
      error: { code: 'mou_version_required', httpStatus: 409 },
    });
  });

  it('close needs a final review (409)', () => {
    for (const from of ['completed', 'terminated'] as const) {
      expect(decideTransition(state(from, { hasFinalReview: false }), ACTORS.moi_reviewer, 'close', {})).toEqual({
        ok: false,
        error: { code: 'final_review_required', httpStatus: 409 },
      });
    }
  });

  it('sign needs a signatory (403)', () => {
    expect(decideTransition(state('awaiting_signatures'), officer('sna_officer', DISTRICT, false), 'sign', {})).toEqual({
      ok: false,
      error: { code: 'not_signatory', httpStatus: 403 },
    });
  });

  it('sign is once per party (409), even by another signatory of that party', () => {
    const signed = state('awaiting_signatures', { signedOrganizationIds: [DISTRICT] });
    const secondSignatory: Actor = { ...ACTORS.sna_party, userId: 'user-second-signatory' };
    expect(decideTransition(signed, secondSignatory, 'sign', {})).toEqual({
      ok: false,
      error: { code: 'already_signed', httpStatus: 409 },
    });
  });

  it('the last party’s signature makes the partnership active', () => {
    const oneSigned = state('awaiting_signatures', { signedOrganizationIds: [DISTRICT] });
    expect(decideTransition(oneSigned, ACTORS.cso_party, 'sign', {})).toEqual({ ok: true, to: 'active' });
  });

  it('with three parties, the second signature still waits for the third', () => {
    const threeParties = state('awaiting_signatures', {
      partyOrganizationIds: [DISTRICT, NGO, 'org-commune'],
      signedOrganizationIds: [DISTRICT],
    });
    expect(decideTransition(threeParties, ACTORS.cso_party, 'sign', {})).toEqual({ ok: true, to: 'awaiting_signatures' });
    const commune = officer('sna_officer', 'org-commune');
    const twoSigned = { ...threeParties, signedOrganizationIds: [DISTRICT, NGO] };
    expect(decideTransition(twoSigned, commune, 'sign', {})).toEqual({ ok: true, to: 'active' });
  });
});

describe('endorsement by parent administrations', () => {
  const COMMUNE_PARENT = 'org-parent-district';
  const twoAsked = (givenBy: string[]) => ({ endorsement: { requiredFrom: [PROVINCE, COMMUNE_PARENT], givenBy } });
  const parentOfficer = officer('sna_officer', COMMUNE_PARENT);

  it.each(['proposal_review', 'mou_review'] as const)('in %s, leaves the status as it is', (from) => {
    expect(decideTransition(state(from, twoAsked([])), ACTORS.sna_endorser, 'endorse', {})).toEqual({ ok: true, to: from });
  });

  it.each([
    ['accept_proposal', 'proposal_review'],
    ['approve', 'mou_review'],
  ] as const)('%s waits for every endorsement asked (409), then goes ahead', (action, from) => {
    for (const givenBy of [[], [PROVINCE], [COMMUNE_PARENT]]) {
      expect(decideTransition(state(from, twoAsked(givenBy)), ACTORS.moi_reviewer, action, {})).toEqual({
        ok: false,
        error: { code: 'endorsement_required', httpStatus: 409 },
      });
    }
    expect(decideTransition(state(from, twoAsked([COMMUNE_PARENT, PROVINCE])), ACTORS.moi_reviewer, action, {}).ok).toBe(true);
  });

  it('does not hold back the reviewer when no endorsement is asked', () => {
    const noneAsked = { endorsement: { requiredFrom: [], givenBy: [] } };
    expect(decideTransition(state('proposal_review', noneAsked), ACTORS.moi_reviewer, 'accept_proposal', {}).ok).toBe(true);
  });

  it('lets the reviewer return or decline while endorsements are awaited', () => {
    expect(allowedActions(state('proposal_review', twoAsked([])), ACTORS.moi_reviewer)).toEqual(['return_proposal', 'decline']);
    expect(allowedActions(state('mou_review', twoAsked([PROVINCE])), ACTORS.moi_reviewer)).toEqual(['request_changes', 'decline']);
  });

  it('lets each endorser endorse once, whoever of its officers does it', () => {
    const oneGiven = state('mou_review', twoAsked([PROVINCE]));
    expect(allowedActions(oneGiven, parentOfficer)).toEqual(['endorse']);
    expect(allowedActions(oneGiven, ACTORS.sna_endorser)).toEqual([]);
    const colleague: Actor = { ...ACTORS.sna_endorser, userId: 'user-province-colleague', isSignatory: false };
    expect(decideTransition(oneGiven, colleague, 'endorse', {})).toEqual({
      ok: false,
      error: { code: 'already_endorsed', httpStatus: 409 },
    });
  });

  it.each([
    ['a party officer', ACTORS.sna_party],
    ['the reviewer', ACTORS.moi_reviewer],
    ['an admin', ACTORS.admin],
    ['a civil society officer of the endorsing organisation', officer('cso_officer', PROVINCE)],
    ['the scheduler', SYSTEM_ACTOR],
  ])('refuses endorsement by %s (403)', (_who, actor) => {
    expect(decideTransition(state('proposal_review', twoAsked([])), actor, 'endorse', {})).toEqual({
      ok: false,
      error: { code: 'forbidden', httpStatus: 403 },
    });
  });

  it('lets an endorser see the partnership but do nothing else in it', () => {
    const signing = state('awaiting_signatures', twoAsked([PROVINCE, COMMUNE_PARENT]));
    expect(decideTransition(signing, ACTORS.sna_endorser, 'withdraw', {})).toMatchObject({ error: { code: 'forbidden' } });
    expect(decideTransition(signing, ACTORS.sna_endorser, 'endorse', {})).toMatchObject({ error: { code: 'invalid_status' } });
  });

  it('hides the partnership from an administration not asked to endorse it', () => {
    expect(decideTransition(state('proposal_review', twoAsked([])), officer('sna_officer', 'org-third-district'), 'endorse', {})).toMatchObject({
      error: { code: 'not_visible' },
    });
  });
});

describe('system actor', () => {
  it('completes an active partnership at its end date', () => {
    expect(decideTransition(state('active'), SYSTEM_ACTOR, 'complete', {})).toEqual({ ok: true, to: 'completed' });
  });

  it('may do nothing else', () => {
    expect(allowedActions(state('active'), SYSTEM_ACTOR)).toEqual(['complete']);
    expect(decideTransition(state('awaiting_signatures'), SYSTEM_ACTOR, 'sign', {})).toMatchObject({
      error: { code: 'forbidden' },
    });
  });
});

describe('status facts', () => {
  it('ends at closed, declined and withdrawn only', () => {
    expect(PARTNERSHIP_STATUSES.filter(isTerminal)).toEqual(['closed', 'declined', 'withdrawn']);
  });

  it('asks parent administrations to endorse in the two review stages only', () => {
    expect(PARTNERSHIP_STATUSES.filter(awaitsEndorsement)).toEqual(['proposal_review', 'mou_review']);
  });

  it('publishes active, completed and closed partnerships', () => {
    expect(PUBLIC_STATUSES).toEqual(['active', 'completed', 'closed']);
    expect(PARTNERSHIP_STATUSES.filter(isPublicStatus)).toEqual(['active', 'completed', 'closed']);
  });

  it('lets parties be edited in draft and mou_drafting only', () => {
    expect(EDITABLE_STATUSES).toEqual(['draft', 'mou_drafting']);
    expect(PARTNERSHIP_STATUSES.filter(isEditable)).toEqual(['draft', 'mou_drafting']);
  });

  it('names the parties whose signature is awaited', () => {
    expect(unsignedPartyIds(state('awaiting_signatures', { signedOrganizationIds: [NGO] }))).toEqual([DISTRICT]);
    expect(unsignedPartyIds(state('active', { signedOrganizationIds: [NGO, DISTRICT] }))).toEqual([]);
  });
});

describe('NEXT_STEPS', () => {
  it('names the step each status waits for and who takes it', () => {
    expect(NEXT_STEPS).toEqual({
      draft: [{ action: 'submit_proposal', by: 'party_officer' }],
      proposal_review: [
        { action: 'accept_proposal', by: 'moi_reviewer' },
        { action: 'return_proposal', by: 'moi_reviewer' },
        { action: 'endorse', by: 'endorser' },
      ],
      mou_drafting: [{ action: 'submit_mou', by: 'party_officer' }],
      mou_review: [
        { action: 'request_changes', by: 'moi_reviewer' },
        { action: 'approve', by: 'moi_reviewer' },
        { action: 'endorse', by: 'endorser' },
      ],
      awaiting_signatures: [{ action: 'sign', by: 'party_signatory' }],
      active: [{ action: 'complete', by: 'moi_reviewer_or_system' }],
      suspended: [{ action: 'resume', by: 'moi_reviewer' }],
      completed: [{ action: 'close', by: 'moi_reviewer' }],
      terminated: [{ action: 'close', by: 'moi_reviewer' }],
      closed: [],
      declined: [],
      withdrawn: [],
    });
  });
});
