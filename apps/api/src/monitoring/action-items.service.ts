// The joint accountability action plan (JAAP): what each party promised after a scorecard round, and how far it got.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { canMoveActionItem, TRANSITION_ERROR_HTTP_STATUS, validationMessage, type ActionItemCreateInput, type ActionItemUpdateInput } from '@daikou/domain';
import { AuditService } from '../audit/audit.service';
import { notFound } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { todayInCambodia } from '../common/cambodia-date';
import { requireParties } from '../joint-work/workable';
import { transitionProblem } from '../partnerships/transition-problem';
import { ActionItemRecord, Scorecard } from './monitoring.entities';
import { Monitorable } from './monitorable';
import { actionItemView } from './scorecards.service';

@Injectable()
export class ActionItemsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly monitorable: Monitorable,
    private readonly audit: AuditService,
  ) {}

  async create(context: RequestContext, scorecardId: string, input: ActionItemCreateInput) {
    return this.dataSource.transaction(async (manager) => {
      const scorecard = await manager.getRepository(Scorecard).findOneBy({ id: scorecardId });
      if (!scorecard) throw notFound('The scorecard');
      const aggregate = await this.monitorable.write(manager, context, scorecard.partnershipId);
      requireParties(aggregate, [{ path: 'ownerOrganizationId', organizationId: input.ownerOrganizationId }], validationMessage('not_a_party'));
      const item = await manager.getRepository(ActionItemRecord).save(
        manager.getRepository(ActionItemRecord).create({
          scorecardId,
          partnershipId: scorecard.partnershipId,
          description: input.description,
          ownerOrganizationId: input.ownerOrganizationId.toLowerCase(),
          dueDate: input.dueDate,
          status: 'open',
          createdBy: context.actor!.userId,
        }),
      );
      await this.audit.record(manager, context, { action: 'action_item.create', entityType: 'action_item', entityId: item.id, summary: { scorecardId, dueDate: input.dueDate } });
      return actionItemView(item, todayInCambodia());
    });
  }

  async update(context: RequestContext, id: string, patch: ActionItemUpdateInput) {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.getRepository(ActionItemRecord).findOneBy({ id });
      if (!found) throw notFound('The action item');
      await this.monitorable.write(manager, context, found.partnershipId);
      const item = await manager.getRepository(ActionItemRecord).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (patch.status !== undefined && !canMoveActionItem(item.status, patch.status)) {
        throw transitionProblem({ code: 'action_item_move_not_allowed', httpStatus: TRANSITION_ERROR_HTTP_STATUS.action_item_move_not_allowed });
      }
      const from = item.status;
      if (patch.status !== undefined) item.status = patch.status;
      if (patch.evidence !== undefined) item.evidence = patch.evidence;
      if (patch.followUp !== undefined) item.followUp = patch.followUp;
      const saved = await manager.getRepository(ActionItemRecord).save(item);
      await this.audit.record(manager, context, { action: 'action_item.update', entityType: 'action_item', entityId: id, summary: { from, to: saved.status, fields: Object.keys(patch) } });
      return actionItemView(saved, todayInCambodia());
    });
  }
}
