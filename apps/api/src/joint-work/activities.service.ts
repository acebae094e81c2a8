// The workplan: activities with a lead party, contributing parties, dates, status and each party's contribution.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { canMoveActivity, validationMessage, type ActivityCreateInput, type ActivityUpdateInput } from '@daikou/domain';
import { AuditService } from '../audit/audit.service';
import { notFound, Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { changesOf } from '../common/changes';
import { Activity } from './joint-work.entities';
import { requireParties, Workable } from './workable';

export function activityView(a: Activity) {
  return {
    id: a.id,
    partnershipId: a.partnershipId,
    title: a.title,
    leadOrganizationId: a.leadOrganizationId,
    contributingOrganizationIds: a.contributingOrganizationIds,
    startDate: a.startDate,
    endDate: a.endDate,
    status: a.status,
    contributions: a.contributions,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    version: a.version,
  };
}

@Injectable()
export class ActivitiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workable: Workable,
    private readonly audit: AuditService,
  ) {}

  async create(context: RequestContext, partnershipId: string, input: ActivityCreateInput) {
    return this.dataSource.transaction(async (manager) => {
      const aggregate = await this.workable.write(manager, context, partnershipId);
      requireParties(aggregate, this.namedOrganizations(input), validationMessage('not_a_party'));
      const activity = await manager.getRepository(Activity).save(
        manager.getRepository(Activity).create({
          partnershipId,
          title: input.title,
          leadOrganizationId: input.leadOrganizationId.toLowerCase(),
          contributingOrganizationIds: (input.contributingOrganizationIds ?? []).map((id) => id.toLowerCase()),
          startDate: input.startDate,
          endDate: input.endDate,
          status: input.status ?? 'planned',
          contributions: input.contributions ?? [],
          createdBy: context.actor!.userId,
        }),
      );
      await this.audit.record(manager, context, { action: 'activity.create', entityType: 'activity', entityId: activity.id, summary: { partnershipId, title: input.title } });
      return activityView(activity);
    });
  }

  async list(context: RequestContext, partnershipId: string) {
    await this.workable.read(this.dataSource.manager, context, partnershipId);
    const rows = await this.dataSource.getRepository(Activity).find({ where: { partnershipId }, order: { startDate: 'ASC', createdAt: 'ASC' } });
    return rows.map(activityView);
  }

  async update(context: RequestContext, id: string, patch: ActivityUpdateInput) {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.getRepository(Activity).findOneBy({ id });
      if (!found) throw notFound('The activity');
      const aggregate = await this.workable.write(manager, context, found.partnershipId);
      const activity = await manager.getRepository(Activity).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      requireParties(aggregate, this.namedOrganizations(patch), validationMessage('not_a_party'));
      if (patch.status !== undefined && patch.status !== activity.status && !canMoveActivity(activity.status as never, patch.status)) {
        throw new Problem('invalid_status', `An activity cannot move from ${activity.status} to ${patch.status}`);
      }
      const startDate = patch.startDate ?? activity.startDate;
      const endDate = patch.endDate ?? activity.endDate;
      if (endDate < startDate) throw new Problem('validation', 'The end date is before the start date', [{ path: 'endDate', message: validationMessage('end_date_before_start') }]);
      const next = {
        ...patch,
        ...(patch.leadOrganizationId ? { leadOrganizationId: patch.leadOrganizationId.toLowerCase() } : {}),
        ...(patch.contributingOrganizationIds ? { contributingOrganizationIds: patch.contributingOrganizationIds.map((o) => o.toLowerCase()) } : {}),
      };
      const changes = changesOf(activity, next as Partial<Activity>);
      const saved = await manager.getRepository(Activity).save({ ...activity, ...next } as Activity);
      await this.audit.record(manager, context, { action: 'activity.update', entityType: 'activity', entityId: id, summary: changes });
      return activityView(saved);
    });
  }

  private namedOrganizations(input: Partial<ActivityCreateInput>) {
    return [
      { path: 'leadOrganizationId', organizationId: input.leadOrganizationId },
      ...(input.contributingOrganizationIds ?? []).map((organizationId, i) => ({ path: `contributingOrganizationIds.${i}`, organizationId })),
      ...(input.contributions ?? []).map((c, i) => ({ path: `contributions.${i}.organizationId`, organizationId: c.organizationId })),
    ];
  }
}
