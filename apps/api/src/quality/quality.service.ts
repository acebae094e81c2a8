// Quality self-assessments: each party scores the partnership per period; the equity gap compares the sides, and a
// party sees the others' scores of a period only once it has given its own (no anchoring).
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  checkAssessmentPeriod,
  compareSides,
  comparePeriods,
  isAssessable,
  isOfficer,
  seesOthersAssessments,
  validationMessage,
  type Assessment,
  type AssessmentInput,
  type AssessmentVisibility,
  type PartnershipQuality,
} from '@daikou/domain';
import { AccessService } from '../auth/access.service';
import { AuditService } from '../audit/audit.service';
import { todayInCambodia } from '../common/cambodia-date';
import { Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { audienceOf, type PartnershipAggregate } from '../partnerships/partnership-store';
import { PartnershipsService } from '../partnerships/partnerships.service';
import { QualityAssessment } from './quality-assessment.entity';

type AssessmentRow = QualityAssessment & { organizationName: string };

function toView(row: AssessmentRow): Assessment {
  return {
    id: row.id,
    partnershipId: row.partnershipId,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    side: row.side,
    period: row.period,
    scores: row.scores,
    comments: row.comments,
    comment: row.comment,
    submittedBy: row.submittedBy,
    submittedAt: row.submittedAt.toISOString(),
  };
}

@Injectable()
export class QualityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** The caller's organisation's assessment of a period: once per party and period, by its officers, while the parties work together. */
  async create(context: RequestContext, partnershipId: string, input: AssessmentInput): Promise<Assessment> {
    return this.dataSource.transaction(async (manager) => {
      const aggregate = await this.partnerships.visibleAggregate(manager, context, partnershipId, true);
      await this.access.authorize(context, 'partnership.work', audienceOf(aggregate), { type: 'partnership', id: partnershipId });
      const { partnership } = aggregate;
      if (!isAssessable(partnership.status)) {
        throw new Problem('invalid_status', `A partnership is assessed from when it is active until it is closed (now: ${partnership.status})`);
      }
      const period = checkAssessmentPeriod(input.period, partnership, todayInCambodia());
      if (!period.ok) throw new Problem('validation', 'The period cannot be assessed', [{ path: 'period', message: validationMessage(period.code) }]);
      const party = aggregate.parties.find((candidate) => candidate.organizationId === context.actor!.organizationId)!;
      const comments = Object.fromEntries(Object.entries(input.comments ?? {}).filter(([, text]) => text !== undefined && text !== ''));
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO quality_assessments (partnership_id, organization_id, side, period, scores, comments, comment, submitted_by, submitted_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
         ON CONFLICT (partnership_id, organization_id, period) DO NOTHING RETURNING id`,
        [partnershipId, party.organizationId, party.kind, input.period, input.scores, comments, input.comment || null, context.actor!.userId],
      );
      if (inserted.length === 0) throw new Problem('duplicate', `Your organisation has already assessed ${input.period}`);
      await this.audit.record(manager, context, {
        action: 'assessment.create',
        entityType: 'partnership',
        entityId: partnershipId,
        summary: { period: input.period, organizationId: party.organizationId, scores: input.scores },
      });
      const row = await manager.getRepository(QualityAssessment).findOneByOrFail({ id: inserted[0]!.id });
      return toView({ ...row, organizationName: party.name });
    });
  }

  /** The assessments the caller may see: a party's own, and the others' of the periods it has assessed. */
  async list(context: RequestContext, partnershipId: string): Promise<Assessment[]> {
    const aggregate = await this.partnerships.visibleAggregate(this.dataSource.manager, context, partnershipId);
    const rows = await this.rowsOf(aggregate);
    const viewer = this.visibilityFor(context, aggregate, rows);
    return rows
      .filter((row) => row.organizationId === context.actor!.organizationId || seesOthersAssessments(row.period, viewer))
      .map(toView);
  }

  async quality(context: RequestContext, partnershipId: string): Promise<PartnershipQuality> {
    const aggregate = await this.partnerships.visibleAggregate(this.dataSource.manager, context, partnershipId);
    const rows = await this.rowsOf(aggregate);
    const viewer = this.visibilityFor(context, aggregate, rows);
    const periods = [...new Set(rows.map((row) => row.period))].sort(comparePeriods);
    const visible = rows.filter((row) => seesOthersAssessments(row.period, viewer));
    const own = context.actor!.organizationId;
    return {
      ...compareSides(visible),
      periods: periods.map((period) => {
        const otherSideVisible = seesOthersAssessments(period, viewer);
        const ofPeriod = rows.filter((row) => row.period === period);
        return {
          period,
          // Hidden periods show nothing, not even the viewer's own side: the other parties of that side are "others" too.
          ...compareSides(otherSideVisible ? ofPeriod : []),
          ownSubmitted: viewer.ownSubmittedPeriods.has(period),
          otherSideVisible,
          othersSubmitted: ofPeriod.some((row) => row.organizationId !== own),
        };
      }),
      ownSubmittedPeriods: [...viewer.ownSubmittedPeriods].sort(comparePeriods),
      mayAssess: viewer.viewerIsParty && isOfficer(context.actor!.role) && isAssessable(aggregate.partnership.status),
    };
  }

  private visibilityFor(context: RequestContext, aggregate: PartnershipAggregate, rows: AssessmentRow[]): AssessmentVisibility {
    const own = context.actor!.organizationId;
    return {
      viewerIsParty: aggregate.parties.some((party) => party.organizationId === own),
      ownSubmittedPeriods: new Set(rows.filter((row) => row.organizationId === own).map((row) => row.period)),
    };
  }

  private async rowsOf(aggregate: PartnershipAggregate): Promise<AssessmentRow[]> {
    const rows = await this.dataSource.getRepository(QualityAssessment).find({
      where: { partnershipId: aggregate.partnership.id },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
    const names = new Map(aggregate.parties.map((party) => [party.organizationId, party.name]));
    return rows.map((row) => Object.assign(row, { organizationName: names.get(row.organizationId) ?? '' }));
  }
}
