// Amendments: a party proposes a new MoU version for an active partnership; it is reviewed (and endorsed where
// required) and signed by every party, while the signed version stays in force until the last signature.
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  allowedAmendmentActions,
  canProposeAmendment,
  decideAmendmentTransition,
  OPEN_AMENDMENT_STATUSES,
  type Actor,
  type AmendmentAction,
  type AmendmentState,
  type MouVersionInput,
  type TransitionInput,
} from '@daikou/domain';
import { AuditService } from '../audit/audit.service';
import { notFound, Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { MouService, versionView } from './mou.service';
import { MouAmendment, MouAmendmentEndorsement, MouSignature, Partnership } from './partnership.entities';
import { audienceOf, requiredEndorsers, type PartnershipAggregate } from './partnership-store';
import type { AmendmentView } from './partnership-view';
import { transitionProblem } from './transition-problem';
import { PartnershipsService } from './partnerships.service';

interface AmendmentAggregate {
  amendment: MouAmendment;
  endorsedBy: string[];
  signedOrganizationIds: string[];
}

@Injectable()
export class AmendmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipsService,
    private readonly mou: MouService,
    private readonly audit: AuditService,
  ) {}

  async open(context: RequestContext, partnershipId: string, reason: string): Promise<AmendmentView> {
    return this.dataSource.transaction(async (manager) => {
      const aggregate = await this.partnerships.visibleAggregate(manager, context, partnershipId, true);
      const open = await manager.getRepository(MouAmendment).existsBy({ partnershipId, status: In([...OPEN_AMENDMENT_STATUSES]) });
      const check = canProposeAmendment(aggregate.partnership.status, open, context.actor!, audienceOf(aggregate));
      if (!check.ok) throw transitionProblem(check.error);
      const now = new Date();
      const amendment = await manager.getRepository(MouAmendment).save(
        manager.getRepository(MouAmendment).create({
          partnershipId, status: 'drafting', statusSince: now, reason, baseVersion: aggregate.partnership.signedMouVersion!, createdBy: context.actor!.userId,
        }),
      );
      await this.audit.record(manager, context, { action: 'amendment.open', entityType: 'partnership', entityId: partnershipId, summary: { amendmentId: amendment.id, reason } });
      return this.view(aggregate, { amendment, endorsedBy: [], signedOrganizationIds: [] }, context.actor!);
    });
  }

  async list(context: RequestContext, partnershipId: string): Promise<AmendmentView[]> {
    const manager = this.dataSource.manager;
    const aggregate = await this.partnerships.visibleAggregate(manager, context, partnershipId);
    const amendments = await manager.getRepository(MouAmendment).find({ where: { partnershipId }, order: { createdAt: 'ASC' } });
    const views: AmendmentView[] = [];
    for (const amendment of amendments) views.push(this.view(aggregate, await this.load(manager, amendment), context.actor!));
    return views;
  }

  async writeVersion(context: RequestContext, partnershipId: string, amendmentId: string, input: MouVersionInput) {
    return this.dataSource.transaction(async (manager) => {
      const { aggregate, amendment } = await this.lockBoth(manager, context, partnershipId, amendmentId);
      if (!aggregate.parties.some((p) => p.organizationId === context.actor!.organizationId) || !['sna_officer', 'cso_officer'].includes(context.actor!.role)) {
        throw new Problem('forbidden', 'Only the parties’ officers write amendment versions');
      }
      if (amendment.amendment.status !== 'drafting') throw new Problem('invalid_status', `Versions are written while the amendment is drafted (now: ${amendment.amendment.status})`);
      const version = await this.mou.writeVersion(manager, context, aggregate.partnership, input, amendmentId);
      await manager.getRepository(MouAmendment).save({ ...amendment.amendment, currentVersion: version.number });
      return versionView(version);
    });
  }

  async act(context: RequestContext, partnershipId: string, amendmentId: string, action: AmendmentAction, input: TransitionInput): Promise<AmendmentView> {
    return this.dataSource.transaction(async (manager) => {
      const { aggregate, amendment } = await this.lockBoth(manager, context, partnershipId, amendmentId);
      if (aggregate.partnership.status !== 'active') {
        throw new Problem('invalid_status', `Amendments move only while the partnership is active (now: ${aggregate.partnership.status})`);
      }
      const actor = context.actor!;
      const decision = decideAmendmentTransition(this.stateOf(aggregate, amendment), actor, action, input);
      if (!decision.ok) throw transitionProblem(decision.error);
      const row = amendment.amendment;
      const from = row.status;
      const to = decision.to;
      const now = new Date();
      const changes: Partial<MouAmendment> = {};
      if (action === 'approve') changes.approvedVersion = row.currentVersion;
      if (action === 'request_changes') changes.approvedVersion = null;
      if (from !== to) {
        changes.status = to;
        changes.statusSince = now;
        await manager.delete(MouAmendmentEndorsement, { amendmentId });
      }
      if (action === 'endorse') {
        await manager.getRepository(MouAmendmentEndorsement).insert({ amendmentId, organizationId: actor.organizationId, endorsedBy: actor.userId, at: now });
      }
      if (action === 'sign') {
        const approved = row.approvedVersion!;
        const textHash = aggregate.versions.get(approved)!.textHash;
        await manager.getRepository(MouSignature).insert({ partnershipId, versionNumber: approved, organizationId: actor.organizationId, userId: actor.userId, textHash, signedAt: now });
        // The last signature puts the amended MoU in force.
        if (to === 'in_force') await manager.getRepository(Partnership).save({ ...aggregate.partnership, signedMouVersion: approved });
      }
      await manager.getRepository(MouAmendment).save({ ...row, ...changes });
      await this.audit.record(manager, context, {
        action: `amendment.${action}`,
        entityType: 'partnership',
        entityId: partnershipId,
        summary: { amendmentId, from, to, ...(input.comment ? { comment: input.comment } : {}), ...(input.reason ? { reason: input.reason } : {}) },
      });
      const reloaded = await this.load(manager, (await manager.getRepository(MouAmendment).findOneByOrFail({ id: amendmentId })));
      const partnership = await this.partnerships.visibleAggregate(manager, context, partnershipId);
      return this.view(partnership, reloaded, actor);
    });
  }

  private async lockBoth(manager: EntityManager, context: RequestContext, partnershipId: string, amendmentId: string) {
    const aggregate = await this.partnerships.visibleAggregate(manager, context, partnershipId, true);
    const row = await manager.getRepository(MouAmendment).findOne({ where: { id: amendmentId, partnershipId }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw notFound('The amendment');
    return { aggregate, amendment: await this.load(manager, row) };
  }

  private async load(manager: EntityManager, amendment: MouAmendment): Promise<AmendmentAggregate> {
    const endorsements = await manager.getRepository(MouAmendmentEndorsement).find({ where: { amendmentId: amendment.id } });
    const signatures = amendment.approvedVersion === null ? [] : await manager.getRepository(MouSignature).find({
      where: { partnershipId: amendment.partnershipId, versionNumber: amendment.approvedVersion },
    });
    return { amendment, endorsedBy: endorsements.map((e) => e.organizationId), signedOrganizationIds: signatures.map((s) => s.organizationId) };
  }

  private stateOf(partnership: PartnershipAggregate, amendment: AmendmentAggregate): AmendmentState {
    return {
      status: amendment.amendment.status,
      partyOrganizationIds: partnership.parties.map((p) => p.organizationId),
      hasMouVersion: amendment.amendment.currentVersion !== null,
      signedOrganizationIds: amendment.signedOrganizationIds,
      endorsement: { requiredFrom: requiredEndorsers(partnership), givenBy: amendment.endorsedBy },
    };
  }

  private view(partnership: PartnershipAggregate, amendment: AmendmentAggregate, actor: Actor): AmendmentView {
    const a = amendment.amendment;
    return {
      id: a.id,
      status: a.status,
      statusSince: a.statusSince.toISOString(),
      reason: a.reason,
      baseVersion: a.baseVersion,
      currentVersion: a.currentVersion,
      approvedVersion: a.approvedVersion,
      endorsement: { requiredFrom: requiredEndorsers(partnership), givenBy: amendment.endorsedBy },
      signedOrganizationIds: amendment.signedOrganizationIds,
      allowedActions: partnership.partnership.status === 'active' ? allowedAmendmentActions(this.stateOf(partnership, amendment), actor) : [],
      createdBy: a.createdBy,
      createdAt: a.createdAt.toISOString(),
      version: a.version,
    };
  }
}
