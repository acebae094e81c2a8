// A partnership's one-page summary as PDF: parties, purpose, area, dates, status, each side's commitments record,
// indicators progress and the quality gap, as the caller may see them.
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { accountabilityRecord, latestValue, progressTowardTarget, type Rating } from '@daikou/domain';
import { getAdminUnit } from '@daikou/gazetteer';
import { todayInCambodia } from '../common/cambodia-date';
import type { RequestContext } from '../common/request-context';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { renderPdf } from '../documents/pdf-renderer';
import { PartnershipsService } from '../partnerships/partnerships.service';
import { QualityService } from '../quality/quality.service';
import { partnershipSummaryHtml, type PartnershipSummary } from './partnership-summary-html';

@Injectable()
export class PartnershipSummaryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipsService,
    private readonly quality: QualityService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async pdf(context: RequestContext, partnershipId: string): Promise<Buffer> {
    const summary = await this.summary(context, partnershipId);
    return renderPdf(partnershipSummaryHtml(summary), { chromiumPath: this.config.documents.chromiumPath, footerNote: `Daikou - ${summary.generatedOn}` });
  }

  async summary(context: RequestContext, partnershipId: string): Promise<PartnershipSummary> {
    const manager = this.dataSource.manager;
    const aggregate = await this.partnerships.visibleAggregate(manager, context, partnershipId);
    const { partnership, parties } = aggregate;
    const today = todayInCambodia();
    const occurrences: { ownerOrganizationId: string; dueDate: string; ratings: { organizationId: string; rating: Rating }[] }[] = await manager.query(
      `SELECT o.owner_organization_id AS "ownerOrganizationId", to_char(o.due_date, 'YYYY-MM-DD') AS "dueDate",
              COALESCE(jsonb_agg(jsonb_build_object('organizationId', r.organization_id, 'rating', r.rating)) FILTER (WHERE r.id IS NOT NULL), '[]') AS ratings
         FROM commitment_occurrences o LEFT JOIN commitment_ratings r ON r.occurrence_id = o.id
        WHERE o.partnership_id = $1 GROUP BY o.id`,
      [partnershipId],
    );
    const record = accountabilityRecord(occurrences, parties.map((party) => party.organizationId), today);
    // Indicator values count once their report is validated, from the report's current version.
    const indicators: { id: string; name: string; unit: string; baseline: number; target: number; values: { periodStart: string; periodEnd: string; value: number }[] }[] =
      await manager.query(
        `SELECT i.id, i.name, i.unit, i.baseline::float8 AS baseline, i.target::float8 AS target,
                COALESCE(jsonb_agg(jsonb_build_object('periodStart', to_char(r.period_start, 'YYYY-MM-DD'), 'periodEnd', to_char(r.period_end, 'YYYY-MM-DD'),
                                                      'value', (v.value->>'value')::float8))
                           FILTER (WHERE v.value IS NOT NULL), '[]') AS values
           FROM indicators i
           LEFT JOIN reports r ON r.partnership_id = i.partnership_id AND r.status = 'validated'
           LEFT JOIN report_versions rv ON rv.report_id = r.id AND rv.number = r.current_version
           LEFT JOIN LATERAL jsonb_array_elements(rv.values) v(value) ON v.value->>'indicatorId' = i.id::text
          WHERE i.partnership_id = $1
          GROUP BY i.id ORDER BY i.created_at, i.id`,
        [partnershipId],
      );
    const quality = await this.quality.quality(context, partnershipId);
    return {
      title: partnership.title,
      goals: partnership.goals,
      status: partnership.status,
      function: partnership.function,
      form: partnership.form,
      startDate: partnership.startDate,
      endDate: partnership.endDate,
      areas: partnership.adminUnitCodes.map((code) => {
        const unit = getAdminUnit(code);
        return unit ? `${unit.nameKm} (${unit.nameLatin})` : code;
      }),
      parties: parties.map((party) => ({ name: party.name, nameKm: party.nameKm, kind: party.kind })),
      accountability: record.map((entry) => {
        const party = parties.find((candidate) => candidate.organizationId === entry.organizationId)!;
        return { ...entry, name: party.name, kind: party.kind };
      }),
      indicators: indicators.map((indicator) => {
        const latest = latestValue(indicator.values);
        return {
          name: indicator.name,
          unit: indicator.unit,
          baseline: indicator.baseline,
          target: indicator.target,
          latest: latest?.value ?? null,
          progress: latest === null ? null : progressTowardTarget({ baseline: indicator.baseline, target: indicator.target, value: latest.value }),
        };
      }),
      quality: { attributes: quality.attributes, averageGap: quality.averageGap },
      generatedOn: today,
    };
  }
}
