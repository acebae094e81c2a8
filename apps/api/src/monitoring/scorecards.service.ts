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
  type ScorecardCreateInput,
} from '@daikou/domain';
import { AuditService } from '../audit/audit.service';
import { notFound, Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { todayInCambodia } from '../common/cambodia-date';
import { Organization } from '../organizations/organization.entity';
import { audienceOf, loadPartnership } from '../partnerships/partnership-store';
import { ActionItemRecord, Scorecard, ServicePoint } from './monitoring.entities';
import { Monitorable } from './monitorable';
import { ServicePointsService } from './service-points.service';

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

  /** The rounds at a service point that the caller may see (those of partnerships visible to them), compared. */
  async forServicePoint(context: RequestContext, servicePointId: string) {
    await this.servicePoints.find(servicePointId);
    const manager = this.dataSource.manager;
    const all = await manager.getRepository(Scorecard).find({ where: { servicePointId }, order: { date: 'ASC', createdAt: 'ASC' } });
    const visible = new Set<string>();
    for (const partnershipId of new Set(all.map((s) => s.partnershipId))) {
      const aggregate = await loadPartnership(manager, partnershipId);
      if (aggregate && decide(context.actor, 'partnership.read', audienceOf(aggregate)).allowed) visible.add(partnershipId);
    }
    const rounds = await this.views(manager, all.filter((s) => visible.has(s.partnershipId)));
    return { rounds, comparison: compareRounds(rounds) };
  }

  async find(id: string): Promise<Scorecard> {
    const scorecard = await this.dataSource.getRepository(Scorecard).findOneBy({ id });
    if (!scorecard) throw notFound('The scorecard');
    return scorecard;
  }

  private async views(manager: EntityManager, scorecards: Scorecard[]) {
    const items = scorecards.length === 0 ? [] : await manager.getRepository(ActionItemRecord).find({ where: { scorecardId: In(scorecards.map((s) => s.id)) }, order: { dueDate: 'ASC', createdAt: 'ASC' } });
    const today = todayInCambodia();
    return scorecards.map((scorecard) => scorecardView(scorecard, items, today));
  }
}
