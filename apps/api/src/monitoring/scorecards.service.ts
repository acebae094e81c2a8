// Community scorecard rounds at service points: citizens' and providers' scores per criterion, the gaps between
// them, and the rounds of one service point compared over time.
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  compareRounds,
  decide,
  isActionItemOverdue,
  participationSummary,
  scorecardGaps,
  validationMessage,
  type CriterionGap,
  type ParticipationSummary,
  type ScorecardCreateInput,
  type ScorecardParticipants,
} from '@daikou/domain';
import { AuditService } from '../audit/audit.service';
import { notFound, Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { todayInCambodia } from '../common/cambodia-date';
import { Organization } from '../organizations/organization.entity';
import { audienceOf, loadPartnership } from '../partnerships/partnership-store';
import { inBatches } from '../common/csv-export';
import { ActionItemRecord, Scorecard, ServicePoint, type StoredCriterion } from './monitoring.entities';
import { Monitorable } from './monitorable';
import { ServicePointsService } from './service-points.service';

interface RoundRow {
  id: string;
  date: string;
  participants: ScorecardParticipants;
  criteria: StoredCriterion[];
  partnershipTitle: string;
  servicePointName: string;
  servicePointNameKm: string | null;
  facilitatorName: string;
  facilitatorNameKm: string | null;
}

/** One criterion of one round, with the round's details beside it: a line of the scorecards CSV. */
export interface CriterionLine extends Omit<RoundRow, 'participants' | 'criteria'> {
  participants: ParticipationSummary;
  criterion: CriterionGap & { suggestedAction: string | null };
}

export function actionItemView(item: ActionItemRecord, today: string) {
  return {
    id: item.id,
    scorecardId: item.scorecardId,
    partnershipId: item.partnershipId,
    description: item.description,
    ownerOrganizationId: item.ownerOrganizationId,
    dueDate: item.dueDate,
    status: item.status,
    overdue: isActionItemOverdue({ dueDate: item.dueDate, status: item.status }, today),
    evidence: item.evidence,
    followUp: item.followUp,
    followUpNotes: item.followUpNotes,
    commitmentId: item.commitmentId,
    createdAt: item.createdAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
  };
}

function scorecardView(scorecard: Scorecard, actionItems: ActionItemRecord[], today: string) {
  const gaps = scorecardGaps(scorecard.criteria);
  return {
    id: scorecard.id,
    partnershipId: scorecard.partnershipId,
    servicePointId: scorecard.servicePointId,
    date: scorecard.date,
    facilitatingOrganizationId: scorecard.facilitatingOrganizationId,
    participants: participationSummary([scorecard.participants]),
    criteria: gaps.criteria.map((criterion, index) => ({ ...criterion, suggestedAction: scorecard.criteria[index]!.suggestedAction ?? null })),
    citizenAverage: gaps.citizenAverage,
    providerAverage: gaps.providerAverage,
    averageGap: gaps.averageGap,
    actionItems: actionItems.filter((item) => item.scorecardId === scorecard.id).map((item) => actionItemView(item, today)),
    createdAt: scorecard.createdAt.toISOString(),
  };
}

@Injectable()
export class ScorecardsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly monitorable: Monitorable,
    private readonly servicePoints: ServicePointsService,
    private readonly audit: AuditService,
  ) {}

  async create(context: RequestContext, partnershipId: string, input: ScorecardCreateInput) {
    return this.dataSource.transaction(async (manager) => {
      await this.monitorable.write(manager, context, partnershipId);
      const servicePointId = input.servicePointId.toLowerCase();
      if (!(await manager.getRepository(ServicePoint).existsBy({ id: servicePointId }))) {
        throw new Problem('validation', 'There is no service point with this id', [{ path: 'servicePointId', message: validationMessage('option_invalid') }]);
      }
      const facilitatingOrganizationId = input.facilitatingOrganizationId?.toLowerCase() ?? context.actor!.organizationId;
      if (!(await manager.getRepository(Organization).existsBy({ id: facilitatingOrganizationId }))) {
        throw new Problem('validation', 'There is no organisation with this id', [{ path: 'facilitatingOrganizationId', message: validationMessage('organization_unknown') }]);
      }
      const scorecard = await manager.getRepository(Scorecard).save(
        manager.getRepository(Scorecard).create({
          partnershipId,
          servicePointId,
          date: input.date,
          facilitatingOrganizationId,
          participants: input.participants,
          criteria: input.criteria.map(({ name, citizenScore, providerScore, suggestedAction }) => ({
            name,
            citizenScore,
            providerScore,
            ...(suggestedAction ? { suggestedAction } : {}),
          })),
          createdBy: context.actor!.userId,
        }),
      );
      await this.audit.record(manager, context, {
        action: 'scorecard.create',
        entityType: 'scorecard',
        entityId: scorecard.id,
        summary: { partnershipId, servicePointId, date: input.date, criteria: input.criteria.length },
      });
      return scorecardView(scorecard, [], todayInCambodia());
    });
  }

  async listForPartnership(context: RequestContext, partnershipId: string) {
    await this.monitorable.read(this.dataSource.manager, context, partnershipId);
    const scorecards = await this.dataSource.getRepository(Scorecard).find({ where: { partnershipId }, order: { date: 'ASC', createdAt: 'ASC' } });
    return this.views(this.dataSource.manager, scorecards);
  }

  /** One line per criterion of every round of the partnership, a batch of rounds at a time (for the CSV download). */
  async criteriaOfPartnership(context: RequestContext, partnershipId: string): Promise<AsyncIterable<CriterionLine>> {
    await this.monitorable.read(this.dataSource.manager, context, partnershipId);
    return this.criterionLines([partnershipId], null);
  }

  /** The rounds at a service point that the caller may see (those of partnerships visible to them), compared. */
  async forServicePoint(context: RequestContext, servicePointId: string) {
    await this.servicePoints.find(servicePointId);
    const manager = this.dataSource.manager;
    const visible = await this.visiblePartnerships(context, servicePointId);
    const all = await manager.getRepository(Scorecard).find({ where: { servicePointId, partnershipId: In(visible) }, order: { date: 'ASC', createdAt: 'ASC' } });
    const rounds = await this.views(manager, all);
    return { rounds, comparison: compareRounds(rounds) };
  }

  async criteriaAtServicePoint(context: RequestContext, servicePointId: string): Promise<AsyncIterable<CriterionLine>> {
    await this.servicePoints.find(servicePointId);
    return this.criterionLines(await this.visiblePartnerships(context, servicePointId), servicePointId);
  }

  /** A round with its criteria, gaps, participants and action plan, for those who see its partnership (404 otherwise). */
  async get(context: RequestContext, id: string) {
    const manager = this.dataSource.manager;
    const scorecard = await manager.getRepository(Scorecard).findOne({ where: { id }, relations: { servicePoint: true } });
    if (!scorecard) throw notFound('The scorecard');
    await this.monitorable.read(manager, context, scorecard.partnershipId);
    const [view] = await this.views(manager, [scorecard]);
    const facilitator = await manager.getRepository(Organization).findOneBy({ id: scorecard.facilitatingOrganizationId });
    return {
      ...view!,
      servicePointName: scorecard.servicePoint!.name,
      servicePointNameKm: scorecard.servicePoint!.nameKm,
      facilitatingOrganizationName: facilitator?.name ?? '',
    };
  }

  async find(id: string): Promise<Scorecard> {
    const scorecard = await this.dataSource.getRepository(Scorecard).findOneBy({ id });
    if (!scorecard) throw notFound('The scorecard');
    return scorecard;
  }

  /** The partnerships with rounds at the service point that the caller may see. */
  private async visiblePartnerships(context: RequestContext, servicePointId: string): Promise<string[]> {
    const manager = this.dataSource.manager;
    const holding: { id: string }[] = await manager.query(`SELECT DISTINCT partnership_id AS id FROM scorecards WHERE service_point_id = $1`, [servicePointId]);
    const visible: string[] = [];
    for (const { id } of holding) {
      const aggregate = await loadPartnership(manager, id);
      if (aggregate && decide(context.actor, 'partnership.read', audienceOf(aggregate)).allowed) visible.push(id);
    }
    return visible;
  }

  private async *criterionLines(partnershipIds: string[], servicePointId: string | null): AsyncGenerator<CriterionLine> {
    const fetch = (after: readonly [string, string] | null, limit: number): Promise<RoundRow[]> =>
      this.dataSource.query(
        `SELECT s.id, to_char(s.date, 'YYYY-MM-DD') AS date, s.participants, s.criteria, p.title AS "partnershipTitle",
                sp.name AS "servicePointName", sp.name_km AS "servicePointNameKm", o.name AS "facilitatorName", o.name_km AS "facilitatorNameKm"
           FROM scorecards s
           JOIN partnerships p ON p.id = s.partnership_id
           JOIN service_points sp ON sp.id = s.service_point_id
           JOIN organizations o ON o.id = s.facilitating_organization_id
          WHERE s.partnership_id = ANY($1) AND ($2::uuid IS NULL OR s.service_point_id = $2)
            AND ($3::date IS NULL OR (s.date, s.id) > ($3::date, $4::uuid))
          ORDER BY s.date, s.id LIMIT $5`,
        [partnershipIds, servicePointId, after?.[0] ?? null, after?.[1] ?? null, limit],
      );
    for await (const round of inBatches(fetch, (row) => [row.date, row.id] as const)) {
      const participants = participationSummary([round.participants]);
      const { criteria } = scorecardGaps(round.criteria);
      for (const [index, criterion] of criteria.entries()) {
        yield { ...round, participants, criterion: { ...criterion, suggestedAction: round.criteria[index]!.suggestedAction ?? null } };
      }
    }
  }

  private async views(manager: EntityManager, scorecards: Scorecard[]) {
    const items = scorecards.length === 0 ? [] : await manager.getRepository(ActionItemRecord).find({ where: { scorecardId: In(scorecards.map((s) => s.id)) }, order: { dueDate: 'ASC', createdAt: 'ASC' } });
    const today = todayInCambodia();
    return scorecards.map((scorecard) => scorecardView(scorecard, items, today));
  }
}
