// Loads a whole partnership aggregate (and the domain's view of its state) in one place.
import type { EntityManager } from 'typeorm';
import { allowedActions, OPEN_AMENDMENT_STATUSES, type Actor, type PartnershipState } from '@daikou/domain';
import type { OrganizationKind } from '@daikou/domain';
import {
  MouSignature,
  MouVersion,
  Partnership,
  PartnershipContribution,
  PartnershipEndorsement,
  PartnershipReview,
  PartnershipRisk,
} from './partnership.entities';
import type { PartnershipView } from './partnership-view';

export interface PartyRow {
  organizationId: string;
  name: string;
  nameKm: string | null;
  kind: OrganizationKind;
  type: string;
  endorsingOrganizationId: string | null;
}

export interface PartnershipAggregate {
  partnership: Partnership;
  parties: PartyRow[];
  contributions: PartnershipContribution[];
  risks: PartnershipRisk[];
  signatures: MouSignature[];
  versions: Map<number, { number: number; textHash: string; createdAt: Date }>;
  hasFinalReview: boolean;
  /** Organisations that endorsed the current review stage. */
  endorsedBy: string[];
}

/** Null when there is no such partnership. `lock` takes the row for the rest of the transaction. */
export async function loadPartnership(manager: EntityManager, id: string, lock = false): Promise<PartnershipAggregate | null> {
  const partnership = await manager.getRepository(Partnership).findOne({
    where: { id },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!partnership) return null;
  // One after another: inside a transaction they share one connection.
  const parties: PartyRow[] = await manager.query(
    `SELECT o.id AS "organizationId", o.name, o.name_km AS "nameKm", o.kind, o.type,
            o.endorsing_organization_id AS "endorsingOrganizationId"
       FROM partnership_parties pp JOIN organizations o ON o.id = pp.organization_id
      WHERE pp.partnership_id = $1 ORDER BY o.kind DESC, o.name`,
    [id],
  );
  const contributions = await manager.getRepository(PartnershipContribution).find({ where: { partnershipId: id }, order: { position: 'ASC' } });
  const risks = await manager.getRepository(PartnershipRisk).find({ where: { partnershipId: id }, order: { position: 'ASC' } });
  const signatures = await manager.getRepository(MouSignature).find({ where: { partnershipId: id }, order: { signedAt: 'ASC' } });
  const versions = await manager.getRepository(MouVersion).find({ where: { partnershipId: id }, select: { number: true, textHash: true, createdAt: true } });
  const finalReviews = await manager.getRepository(PartnershipReview).count({ where: { partnershipId: id, kind: 'final' } });
  const endorsements = await manager.getRepository(PartnershipEndorsement).find({ where: { partnershipId: id }, select: { organizationId: true } });
  return {
    partnership,
    parties,
    contributions,
    risks,
    signatures,
    versions: new Map(versions.map((v) => [v.number, { number: v.number, textHash: v.textHash, createdAt: v.createdAt }])),
    hasFinalReview: finalReviews > 0,
    endorsedBy: endorsements.map((e) => e.organizationId),
  };
}

/** When a partnership stops being active for good, its open amendment ends with it. */
export async function withdrawOpenAmendments(manager: EntityManager, partnershipId: string): Promise<void> {
  await manager.query(
    `UPDATE mou_amendments SET status = 'withdrawn', status_since = now(), version = version + 1
      WHERE partnership_id = $1 AND status = ANY($2::text[])`,
    [partnershipId, [...OPEN_AMENDMENT_STATUSES]],
  );
}

/** Parent administrations of the parties that must endorse (a parent that is itself a party need not). */
export function requiredEndorsers(aggregate: PartnershipAggregate): string[] {
  const parties = new Set(aggregate.parties.map((p) => p.organizationId));
  const endorsers = aggregate.parties.map((p) => p.endorsingOrganizationId).filter((id): id is string => id !== null && !parties.has(id));
  return [...new Set(endorsers)];
}

/** What the policy needs to decide who may see the partnership. */
export function audienceOf(aggregate: PartnershipAggregate) {
  return { partyOrganizationIds: aggregate.parties.map((p) => p.organizationId), endorserOrganizationIds: requiredEndorsers(aggregate) };
}

/** The organisations that signed the version approved for signature. */
function signedOrganizations(aggregate: PartnershipAggregate): string[] {
  const approved = aggregate.partnership.approvedMouVersion;
  return aggregate.signatures.filter((s) => s.versionNumber === approved).map((s) => s.organizationId);
}

export function stateOf(aggregate: PartnershipAggregate): PartnershipState {
  return {
    status: aggregate.partnership.status,
    partyOrganizationIds: aggregate.parties.map((p) => p.organizationId),
    hasMouVersion: aggregate.partnership.currentMouVersion !== null,
    signedOrganizationIds: signedOrganizations(aggregate),
    hasFinalReview: aggregate.hasFinalReview,
    endorsement: { requiredFrom: requiredEndorsers(aggregate), givenBy: aggregate.endorsedBy },
  };
}

export function toPartnershipView(aggregate: PartnershipAggregate, actor: Actor): PartnershipView {
  const p = aggregate.partnership;
  const signed = new Set(signedOrganizations(aggregate));
  const summary = (number: number | null) => {
    const version = number === null ? undefined : aggregate.versions.get(number);
    return version ? { number: version.number, textHash: version.textHash, createdAt: version.createdAt.toISOString() } : null;
  };
  return {
    id: p.id,
    title: p.title,
    function: p.function,
    form: p.form,
    goals: p.goals,
    status: p.status,
    statusSince: p.statusSince.toISOString(),
    parties: aggregate.parties.map(({ endorsingOrganizationId: _endorser, ...party }) => ({ ...party, signed: signed.has(party.organizationId) })),
    endorsement: { requiredFrom: requiredEndorsers(aggregate), givenBy: aggregate.endorsedBy },
    adminUnitCodes: p.adminUnitCodes,
    sectors: p.sectors,
    startDate: p.startDate,
    endDate: p.endDate,
    contributions: aggregate.contributions.map((c) => ({
      organizationId: c.organizationId,
      kind: c.kind,
      description: c.description,
      amount: c.amount === null ? null : Number(c.amount),
      currency: c.currency,
    })),
    risks: aggregate.risks.map((r) => ({ description: r.description, carriedBy: r.carriedBy })),
    currentMouVersion: summary(p.currentMouVersion),
    approvedMouVersion: summary(p.approvedMouVersion),
    signedMouVersion: summary(p.signedMouVersion),
    hasFinalReview: aggregate.hasFinalReview,
    allowedActions: allowedActions(stateOf(aggregate), actor),
    createdBy: p.createdBy,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
  };
}
