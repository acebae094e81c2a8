import {
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
  type PartnershipAction,
  type PartnershipState,
  type PartnershipStatus,
  type TransitionActor,
} from './lifecycle.js';
import type { Actor } from './roles.js';

const DISTRICT = 'org-district';
const NGO = 'org-ngo';

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

const FULL_INPUT = { comment: 'See section 3', reason: 'Parties agreed' };

// Written from the table in api.md, independently of the implementation.
const PARTIES: ActorName[] = ['sna_party', 'cso_party'];
const REVIEWER: ActorName[] = ['moi_reviewer'];
const ALLOWED: ReadonlyArray<[PartnershipAction, PartnershipStatus[], ActorName[], PartnershipStatus]> = [
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
];

function expectedTarget(action: PartnershipAction, from: PartnershipStatus, who: ActorName): PartnershipStatus | undefined {
  const row = ALLOWED.find(([a, froms, actors]) => a === action && froms.includes(from) && actors.includes(who));
  return row?.[3];
}

function expectedRefusal(action: PartnershipAction, who: ActorName): string {
  if (who === 'sna_outsider' || who === 'cso_outsider') return 'not_visible';
  const mayEverDoIt = ALLOWED.some(([a, , actors]) => a === action && actors.includes(who));
  return mayEverDoIt ? 'invalid_status' : 'forbidden';
}

const EXPECTED_HTTP: Record<string, number> = { not_visible: 404, forbidden: 403, invalid_status: 409 };

const combinations = PARTNERSHIP_ACTIONS.flatMap((action) =>
  PARTNERSHIP_STATUSES.flatMap((from) => ACTOR_NAMES.map((who) => [action, from, who] as const)),
);

describe('decideTransition: every action × status × actor', () => {
  it('covers all combinations', () => {
    expect(combinations).toHaveLength(14 * 12 * 7);
  });

  it.each(combinations)('%s from %s by %s', (action, from, who) => {
    const decision = decideTransition(state(from), ACTORS[who], action, FULL_INPUT);
    const to = expectedTarget(action, from, who);
    if (to !== undefined) {
      expect(decision).toEqual({ ok: true, to });
    } else {
      const code = expectedRefusal(action, who);
      expect(decision).toEqual({ ok: false, error: { code, httpStatus: EXPECTED_HTTP[code] } });
    }
  });
});

describe('allowedActions', () => {
  const cases = PARTNERSHIP_STATUSES.flatMap((status) => ACTOR_NAMES.map((who) => [status, who] as const));

  it.each(cases)('in %s for %s lists exactly the table’s actions', (status, who) => {
    const expected = PARTNERSHIP_ACTIONS.filter((action) => expectedTarget(action, status, who) !== undefined);
    expect(allowedActions(state(status), ACTORS[who])).toEqual(expected);
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
      expect(decideTransition(state(from), ACTORS[who], action, {}).ok).toBe(true);
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
      ],
      mou_drafting: [{ action: 'submit_mou', by: 'party_officer' }],
      mou_review: [
        { action: 'request_changes', by: 'moi_reviewer' },
        { action: 'approve', by: 'moi_reviewer' },
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
