// The joint accountability action plan (JAAP): what each party promised after a scorecard round, how far it got,
// and — when the parties agree — the partnership commitment it became.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  canMoveActionItem,
  isFinalActionItemStatus,
  OPEN_ACTION_ITEM_STATUSES,
  TRANSITION_ERROR_HTTP_STATUS,
  validationMessage,
  type ActionItemCommitmentInput,
  type ActionItemCreateInput,
  type ActionItemUpdateInput,
} from '@daikou/domain';
import { AuditService } from '../audit/audit.service';
import { batchesOf } from '../common/csv-export';
import { cursorParts, decodeCursor, toPage } from '../common/pagination';
import { notFound, Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { todayInCambodia } from '../common/cambodia-date';
import { CommitmentsService } from '../joint-work/commitments.service';
import { requireParties } from '../joint-work/workable';
import { transitionProblem } from '../partnerships/transition-problem';
import type { ActionItemQuery } from './action-item-query';
import { ActionItemRecord, Scorecard } from './monitoring.entities';
import { Monitorable } from './monitorable';
import { actionItemView } from './scorecards.service';

type After = readonly [string, string] | null;

export type ActionItemBoardItem = Awaited<ReturnType<ActionItemsService['boardItems']>>[number];

// A commitment's title has room for 200 characters; the whole description goes into the commitment's description.
const TITLE_MAX = 200;
const commitmentTitle = (description: string) => (description.length <= TITLE_MAX ? description : `${description.slice(0, TITLE_MAX - 1).trimEnd()}…`);

@Injectable()
export class ActionItemsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly monitorable: Monitorable,
    private readonly commitments: CommitmentsService,
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
      const item = await this.lockForChange(manager, context, id);
      if (patch.status !== undefined && !canMoveActionItem(item.status, patch.status)) {
        throw transitionProblem({ code: 'action_item_move_not_allowed', httpStatus: TRANSITION_ERROR_HTTP_STATUS.action_item_move_not_allowed });
      }
      const from = item.status;
      if (patch.status !== undefined) item.status = patch.status;
      if (patch.evidence !== undefined) item.evidence = patch.evidence;
      if (patch.followUp !== undefined) item.followUp = patch.followUp;
      if (patch.followUpNote !== undefined) {
        const at = new Date();
        item.followUpNotes = [
          ...item.followUpNotes,
          { date: todayInCambodia(at), text: patch.followUpNote, userId: context.actor!.userId, organizationId: context.actor!.organizationId, at: at.toISOString() },
        ];
      }
      const saved = await manager.getRepository(ActionItemRecord).save(item);
      await this.audit.record(manager, context, { action: 'action_item.update', entityType: 'action_item', entityId: id, summary: { from, to: saved.status, fields: Object.keys(patch) } });
      return actionItemView(saved, todayInCambodia());
    });
  }

  /**
   * Makes the action item a commitment of the partnership, owned by the item's owner and due when the item is unless
   * said otherwise; the commitment and the link are written together, and an item becomes a commitment once (409 after).
   */
  async makeCommitment(context: RequestContext, id: string, input: ActionItemCommitmentInput) {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockForChange(manager, context, id);
      if (item.commitmentId !== null) throw new Problem('duplicate', `The action item is already the commitment ${item.commitmentId}`);
      if (isFinalActionItemStatus(item.status)) throw new Problem('invalid_status', `A ${item.status} action item does not become a commitment`);
      const scorecard = await manager.getRepository(Scorecard).findOneOrFail({ where: { id: item.scorecardId }, relations: { servicePoint: true } });
      const commitment = await this.commitments.createWithin(manager, context, item.partnershipId, {
        title: commitmentTitle(item.description),
        description: `${item.description}\n\n(Action plan of the scorecard round of ${scorecard.date} at ${scorecard.servicePoint!.name})`,
        ownerOrganizationId: item.ownerOrganizationId,
        dueDate: input.dueDate ?? item.dueDate,
        recurrence: input.recurrence,
      });
      item.commitmentId = commitment.id;
      await manager.getRepository(ActionItemRecord).save(item);
      await this.audit.record(manager, context, { action: 'action_item.commitment', entityType: 'action_item', entityId: id, summary: { commitmentId: commitment.id } });
      return { ...commitment, actionItemId: id };
    });
  }

  /** The board of a partnership's action plans, by due date; `overdue` filters with the domain's overdue rule. */
  async board(context: RequestContext, partnershipId: string, query: ActionItemQuery) {
    await this.monitorable.read(this.dataSource.manager, context, partnershipId);
    const after = decodeCursor(query.cursor, [cursorParts.text, cursorParts.uuid]);
    const page = toPage(await this.fetch(partnershipId, query, after, query.limit + 1), query.limit, (a) => [a.dueDate, a.id]);
    return { items: await this.boardItems(page.items), nextCursor: page.nextCursor };
  }

  /** The whole board, a batch at a time (for the CSV download). */
  async boardAll(context: RequestContext, partnershipId: string, query: ActionItemQuery) {
    const aggregate = await this.monitorable.read(this.dataSource.manager, context, partnershipId);
    const batches = batchesOf((after: After, limit) => this.fetch(partnershipId, query, after, limit), (a) => [a.dueDate, a.id] as const);
    const boardItems = (batch: ActionItemRecord[]) => this.boardItems(batch);
    const items = (async function* () {
      for await (const batch of batches) yield* await boardItems(batch);
    })();
    return { items, parties: aggregate.parties };
  }

  private fetch(partnershipId: string, query: ActionItemQuery, after: After, limit: number): Promise<ActionItemRecord[]> {
    const qb = this.dataSource.getRepository(ActionItemRecord).createQueryBuilder('a')
      .leftJoinAndSelect('a.scorecard', 's')
      .leftJoinAndSelect('s.servicePoint', 'sp')
      .where('a.partnership_id = :partnershipId', { partnershipId })
      .orderBy('a.due_date', 'ASC').addOrderBy('a.id', 'ASC').limit(limit);
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.overdue !== undefined) {
      const overdue = `(a.status IN (:...open) AND a.due_date < :today)`;
      qb.andWhere(query.overdue ? overdue : `NOT ${overdue}`, { open: OPEN_ACTION_ITEM_STATUSES, today: todayInCambodia() });
    }
    if (after) qb.andWhere('(a.due_date, a.id) > (:dueDate::date, :id)', { dueDate: after[0], id: after[1] });
    return qb.getMany();
  }

  /** Items with what the board shows beside each: its round, service point, owner's name and linked feedback. */
  private async boardItems(items: ActionItemRecord[]) {
    if (items.length === 0) return [];
    const ids = items.map((item) => item.id);
    const counts: { id: string; n: number }[] = await this.dataSource.query(
      `SELECT action_item_id AS id, count(*)::int AS n FROM feedback WHERE action_item_id = ANY($1) GROUP BY action_item_id`,
      [ids],
    );
    const owners: { id: string; name: string; nameKm: string | null }[] = await this.dataSource.query(
      `SELECT id, name, name_km AS "nameKm" FROM organizations WHERE id = ANY($1)`,
      [[...new Set(items.map((item) => item.ownerOrganizationId))]],
    );
    const today = todayInCambodia();
    return items.map((item) => {
      const owner = owners.find((o) => o.id === item.ownerOrganizationId);
      return {
        ...actionItemView(item, today),
        scorecardDate: item.scorecard!.date,
        servicePointId: item.scorecard!.servicePointId,
        servicePointName: item.scorecard!.servicePoint!.name,
        servicePointNameKm: item.scorecard!.servicePoint!.nameKm,
        ownerName: owner?.name ?? '',
        ownerNameKm: owner?.nameKm ?? null,
        linkedFeedbackCount: counts.find((c) => c.id === item.id)?.n ?? 0,
      };
    });
  }

  /** The item locked for a change by a party's officer of its active partnership (404 for those who may not see it). */
  private async lockForChange(manager: EntityManager, context: RequestContext, id: string): Promise<ActionItemRecord> {
    const found = await manager.getRepository(ActionItemRecord).findOneBy({ id });
    if (!found) throw notFound('The action item');
    await this.monitorable.write(manager, context, found.partnershipId);
    return manager.getRepository(ActionItemRecord).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}
