// Moves a partnership through its lifecycle: one transaction per action, the row locked, the domain deciding,
// the step timed, audited, and signatures recorded against the exact approved text.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  decideTransition,
  SYSTEM_ACTOR,
  type PartnershipAction,
  type PartnershipStatus,
  type TransitionActor,
  type TransitionInput,
} from '@daikou/domain';
import { AuditService } from '../audit/audit.service';
import { JobsService } from '../jobs/jobs.service';
import { audited, Problem } from '../common/problem';
import { transitionProblem } from './transition-problem';
import type { RequestContext } from '../common/request-context';
import { NotificationsService } from '../notifications/notifications.service';
import { MouSignature, Partnership, PartnershipEndorsement, PartnershipTransition } from './partnership.entities';
import { loadPartnership, stateOf, toPartnershipView, withdrawOpenAmendments, type PartnershipAggregate } from './partnership-store';
import type { PartnershipView } from './partnership-view';
import { PartnershipsService } from './partnerships.service';

@Injectable()
export class PartnershipActionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobsService,
  ) {}

  async apply(
    context: RequestContext,
    id: string,
    action: PartnershipAction,
    input: TransitionInput & { expectedVersion?: number },
  ): Promise<PartnershipView> {
    return this.dataSource.transaction(async (manager) => {
      // The row lock serialises concurrent actions: the second one sees the first one's result.
      const aggregate = await this.partnerships.visibleAggregate(manager, context, id, true);
      if (input.expectedVersion !== undefined && input.expectedVersion !== aggregate.partnership.version) {
        throw new Problem('stale', `The partnership changed since you loaded it (version ${input.expectedVersion}, now ${aggregate.partnership.version})`);
      }
      await this.transition(manager, context, aggregate, context.actor!, action, input);
      return toPartnershipView((await loadPartnership(manager, id))!, context.actor!);
    });
  }

  /** Automatic completion at the end date (jobs). Returns whether it happened. */
  async completeAtEndDate(context: RequestContext, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const aggregate = await loadPartnership(manager, id, true);
      if (!aggregate || aggregate.partnership.status !== 'active') return false;
      await this.transition(manager, context, aggregate, SYSTEM_ACTOR, 'complete', { comment: 'End date reached' });
      return true;
    });
  }

  private async transition(
    manager: EntityManager,
    context: RequestContext,
    aggregate: PartnershipAggregate,
    actor: TransitionActor,
    action: PartnershipAction,
    input: TransitionInput,
  ): Promise<void> {
    const partnership = aggregate.partnership;
    const decision = decideTransition(stateOf(aggregate), actor, action, input);
    if (!decision.ok) {
      const problem = transitionProblem(decision.error);
      if (decision.error.httpStatus === 403 || decision.error.httpStatus === 404) {
        audited(problem, { action: 'policy.refused', entityType: 'partnership', entityId: partnership.id, summary: { attempted: action, reason: decision.error.code } });
      }
      throw problem;
    }
    const from = partnership.status;
    const to = decision.to;
    const now = new Date();
    const changes: Partial<Partnership> = {};
    if (action === 'approve') changes.approvedMouVersion = partnership.currentMouVersion;
    if (action === 'request_changes') changes.approvedMouVersion = null;
    // Endorsements belong to one review stage: a new stage (or a stage sent back) needs them again.
    if (from !== to) await manager.delete(PartnershipEndorsement, { partnershipId: partnership.id });
    if (action === 'endorse') {
      const endorser = actor as Exclude<TransitionActor, typeof SYSTEM_ACTOR>;
      await manager.getRepository(PartnershipEndorsement).insert({ partnershipId: partnership.id, organizationId: endorser.organizationId, endorsedBy: endorser.userId, at: now });
    }
    if (action === 'sign') {
      const approved = partnership.approvedMouVersion!;
      const textHash = aggregate.versions.get(approved)!.textHash;
      const actorUser = actor as Exclude<TransitionActor, typeof SYSTEM_ACTOR>;
      await manager.getRepository(MouSignature).insert({
        partnershipId: partnership.id, versionNumber: approved, organizationId: actorUser.organizationId, userId: actorUser.userId, textHash, signedAt: now,
      });
      if (to === 'active') changes.signedMouVersion = approved;
    }
    if (from !== to) {
      changes.status = to;
      changes.statusSince = now;
    }
    // An amendment under way ends when the partnership stops being active for good.
    if (to === 'completed' || to === 'terminated') await withdrawOpenAmendments(manager, partnership.id);
    // Every action bumps the version, so a client holding an old copy learns it is stale.
    await manager.getRepository(Partnership).save({ ...partnership, ...changes });
    await manager.getRepository(PartnershipTransition).insert({
      partnershipId: partnership.id,
      action,
      fromStatus: from,
      toStatus: to,
      actorId: 'system' in actor ? null : actor.userId,
      at: now,
      comment: input.comment?.trim() || input.reason?.trim() || null,
      secondsInFrom: from !== to ? Math.round((now.getTime() - partnership.statusSince.getTime()) / 1000) : null,
    });
    await this.audit.record(manager, context, {
      action: `partnership.${action}`,
      entityType: 'partnership',
      entityId: partnership.id,
      summary: { from, to, ...(input.comment ? { comment: input.comment } : {}), ...(input.reason ? { reason: input.reason } : {}) },
    });
    // The approved text is what the parties print and sign: its bilingual PDF is rendered ahead of the first request.
    if (action === 'approve') await this.jobs.add(manager, 'documents.render_mou', { partnershipId: partnership.id, versionNumber: partnership.currentMouVersion!, lang: 'both' });
    await this.notifications.partnershipChanged(manager, aggregate, { action, from, to, actorId: 'system' in actor ? null : actor.userId });
  }

  async history(context: RequestContext, id: string) {
    await this.partnerships.visibleAggregate(this.dataSource.manager, context, id);
    const rows = await this.dataSource.getRepository(PartnershipTransition).find({ where: { partnershipId: id }, order: { seq: 'ASC' } });
    // Who acted is part of the record the parties keep together: names, not only ids (null actor: the system).
    const actorIds = [...new Set(rows.map((row) => row.actorId).filter((actorId): actorId is string => actorId !== null))];
    const actors: { id: string; name: string; organizationName: string; organizationNameKm: string | null }[] = actorIds.length
      ? await this.dataSource.query(
          `SELECT u.id, u.name, o.name AS "organizationName", o.name_km AS "organizationNameKm" FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.id = ANY($1::uuid[])`,
          [actorIds],
        )
      : [];
    const byId = new Map(actors.map((a) => [a.id, a]));
    return rows.map((row) => {
      const actor = row.actorId ? byId.get(row.actorId) : undefined;
      return {
        action: row.action,
        from: row.fromStatus as PartnershipStatus | null,
        to: row.toStatus,
        actorId: row.actorId,
        actorName: actor?.name ?? null,
        actorOrganizationName: actor?.organizationName ?? null,
        actorOrganizationNameKm: actor?.organizationNameKm ?? null,
        at: row.at.toISOString(),
        comment: row.comment,
        secondsInFrom: row.secondsInFrom,
      };
    });
  }
}
