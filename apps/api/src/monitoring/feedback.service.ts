// Citizens' feedback: anyone gives it without an account; the parties of the partnerships that hold scorecard
// rounds at the service point read and triage it, and may link it to one of their action items.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  canMoveFeedback,
  partnershipVisibilityScope,
  TRANSITION_ERROR_HTTP_STATUS,
  validationMessage,
  type FeedbackInput,
  type FeedbackTriageInput,
  type ServicePointMonitors,
} from '@daikou/domain';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../auth/access.service';
import { inBatches } from '../common/csv-export';
import { cursorParts, decodeCursor, toPage } from '../common/pagination';
import { notFound, Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { transitionProblem } from '../partnerships/transition-problem';
import type { FeedbackInboxQuery, FeedbackQuery } from './feedback-query';
import { Feedback } from './monitoring.entities';
import { ServicePointsService } from './service-points.service';

// The cursor carries the time as JavaScript has it, to the millisecond: order and compare at that precision.
const CREATED_MS = `date_trunc('milliseconds', f.created_at)`;

type After = readonly [string, string] | null;

/** Which feedback a list shows: one service point's, or every one the caller may read. */
type FeedbackFilter = { status?: FeedbackQuery['status'] } & ({ servicePointId: string } | { readableBy: RequestContext; servicePointId?: string });

export type FeedbackView = ReturnType<typeof feedbackView>;

function feedbackView(f: Feedback) {
  return {
    id: f.id,
    servicePointId: f.servicePointId,
    servicePointName: f.servicePoint?.name ?? '',
    servicePointNameKm: f.servicePoint?.nameKm ?? null,
    text: f.text,
    channel: f.channel,
    rating: f.rating,
    status: f.status,
    actionItemId: f.actionItemId,
    triagedBy: f.triagedBy,
    triagedAt: f.triagedAt?.toISOString() ?? null,
    createdAt: f.createdAt.toISOString(),
  };
}

/** The parties of every partnership with a scorecard round at the service point. */
async function monitorsOf(manager: EntityManager, servicePointId: string): Promise<ServicePointMonitors> {
  const rows: { organizationId: string }[] = await manager.query(
    `SELECT DISTINCT pp.organization_id AS "organizationId"
       FROM scorecards s JOIN partnership_parties pp ON pp.partnership_id = s.partnership_id
      WHERE s.service_point_id = $1`,
    [servicePointId],
  );
  return { partyOrganizationIds: rows.map((r) => r.organizationId) };
}

@Injectable()
export class FeedbackService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly servicePoints: ServicePointsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** Public: nothing about the sender is stored, and the answer says only that the feedback was received. */
  async submit(servicePointId: string, input: FeedbackInput) {
    await this.servicePoints.find(servicePointId);
    const saved = await this.dataSource.getRepository(Feedback).save(
      this.dataSource.getRepository(Feedback).create({ servicePointId, text: input.text, channel: input.channel ?? 'web', rating: input.rating ?? null, status: 'new' }),
    );
    return { id: saved.id, status: 'new' as const };
  }

  /** One service point's inbox, for those who may read it (404 for others). */
  async list(context: RequestContext, servicePointId: string, query: FeedbackQuery) {
    await this.authorizeRead(context, servicePointId);
    return this.page({ servicePointId, status: query.status }, query);
  }

  async all(context: RequestContext, servicePointId: string, query: FeedbackQuery): Promise<AsyncIterable<FeedbackView>> {
    await this.authorizeRead(context, servicePointId);
    return this.batches({ servicePointId, status: query.status });
  }

  /** The inbox across every service point whose feedback the caller may read (the same rule as one service point's). */
  inbox(context: RequestContext, query: FeedbackInboxQuery) {
    return this.page({ readableBy: context, servicePointId: query.servicePointId, status: query.status }, query);
  }

  inboxAll(context: RequestContext, query: FeedbackInboxQuery): AsyncIterable<FeedbackView> {
    return this.batches({ readableBy: context, servicePointId: query.servicePointId, status: query.status });
  }

  async triage(context: RequestContext, id: string, input: FeedbackTriageInput) {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.getRepository(Feedback).findOneBy({ id });
      if (!found) throw notFound('The feedback');
      const monitors = await monitorsOf(manager, found.servicePointId);
      await this.access.authorize(context, 'feedback.triage', monitors, { type: 'feedback', id });
      const feedback = await manager.getRepository(Feedback).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const to = input.status ?? feedback.status;
      if (!canMoveFeedback(feedback.status, to)) {
        throw transitionProblem({ code: 'feedback_move_not_allowed', httpStatus: TRANSITION_ERROR_HTTP_STATUS.feedback_move_not_allowed });
      }
      if (input.actionItemId) await this.requireOwnActionItem(manager, context, feedback.servicePointId, input.actionItemId.toLowerCase());
      const from = { status: feedback.status, actionItemId: feedback.actionItemId };
      feedback.status = to;
      if (input.actionItemId !== undefined) feedback.actionItemId = input.actionItemId?.toLowerCase() ?? null;
      feedback.triagedBy = context.actor!.userId;
      feedback.triagedAt = new Date();
      await manager.getRepository(Feedback).save(feedback);
      await this.audit.record(manager, context, {
        action: 'feedback.triage', entityType: 'feedback', entityId: id,
        summary: { from: from.status, to: feedback.status, actionItemId: [from.actionItemId, feedback.actionItemId] },
      });
      return feedbackView(await manager.getRepository(Feedback).findOneOrFail({ where: { id }, relations: { servicePoint: true } }));
    });
  }

  private async authorizeRead(context: RequestContext, servicePointId: string): Promise<void> {
    await this.servicePoints.find(servicePointId);
    const monitors = await monitorsOf(this.dataSource.manager, servicePointId);
    await this.access.authorize(context, 'feedback.read', monitors, { type: 'service_point', id: servicePointId });
  }

  private async page(filter: FeedbackFilter, query: { limit: number; cursor?: string }) {
    const after = decodeCursor(query.cursor, [cursorParts.text, cursorParts.uuid]);
    const page = toPage(await this.fetch(filter, after, query.limit + 1), query.limit, (f) => [f.createdAt.toISOString(), f.id]);
    return { items: page.items.map(feedbackView), nextCursor: page.nextCursor };
  }

  private async *batches(filter: FeedbackFilter): AsyncGenerator<FeedbackView> {
    const rows = inBatches((after: After, limit) => this.fetch(filter, after, limit), (f) => [f.createdAt.toISOString(), f.id] as const);
    for await (const row of rows) yield feedbackView(row);
  }

  /** Newest first; lists filter in SQL, with the same visibility rule as `feedback.read`. */
  private fetch(filter: FeedbackFilter, after: After, limit: number): Promise<Feedback[]> {
    const qb = this.dataSource.getRepository(Feedback).createQueryBuilder('f')
      .leftJoinAndSelect('f.servicePoint', 'sp')
      .orderBy(CREATED_MS, 'DESC').addOrderBy('f.id', 'DESC').limit(limit);
    if (filter.servicePointId) qb.andWhere('f.service_point_id = :servicePointId', { servicePointId: filter.servicePointId });
    if (filter.status) qb.andWhere('f.status = :status', { status: filter.status });
    if ('readableBy' in filter) {
      const scope = partnershipVisibilityScope(filter.readableBy.actor);
      if (scope.kind === 'none') qb.andWhere('false');
      if (scope.kind === 'organization') {
        qb.andWhere(
          `EXISTS (SELECT 1 FROM scorecards s JOIN partnership_parties pp ON pp.partnership_id = s.partnership_id
                    WHERE s.service_point_id = f.service_point_id AND pp.organization_id = :organizationId)`,
          { organizationId: scope.organizationId },
        );
      }
    }
    if (after) qb.andWhere(`(${CREATED_MS}, f.id) < (:at::timestamptz, :id)`, { at: after[0], id: after[1] });
    return qb.getMany();
  }

  /** The linked action item follows a round at the same service point, in a partnership of the caller's organisation. */
  private async requireOwnActionItem(manager: EntityManager, context: RequestContext, servicePointId: string, actionItemId: string) {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM action_items a
         JOIN scorecards s ON s.id = a.scorecard_id
         JOIN partnership_parties pp ON pp.partnership_id = a.partnership_id AND pp.organization_id = $3
        WHERE a.id = $1 AND s.service_point_id = $2`,
      [actionItemId, servicePointId, context.actor!.organizationId],
    );
    if (rows.length === 0) {
      throw new Problem('validation', 'The action item is not one of your action items for this service point', [{ path: 'actionItemId', message: validationMessage('option_invalid') }]);
    }
  }
}
