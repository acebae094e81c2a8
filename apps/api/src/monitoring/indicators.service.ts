// A partnership's indicators: what the parties measure, their reporting periods, and progress from validated reports.
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  isReportLate,
  latestValue,
  progressTowardTarget,
  reportingPeriods,
  validationMessage,
  type IndicatorCreateInput,
} from '@daikou/domain';
import { AuditService } from '../audit/audit.service';
import { Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { todayInCambodia } from '../common/cambodia-date';
import { requireParties } from '../joint-work/workable';
import type { PartnershipAggregate } from '../partnerships/partnership-store';
import { Indicator, LibraryIndicator, Report, ReportVersion } from './monitoring.entities';
import { Monitorable } from './monitorable';

export interface Observation {
  periodStart: string;
  periodEnd: string;
  value: number;
  reportId: string;
}

/** The partnership's reports and, per indicator, the values of its validated reports. */
async function reportsAndObservations(manager: EntityManager, partnershipId: string) {
  const reports = await manager.getRepository(Report).find({ where: { partnershipId } });
  const validated = reports.filter((r) => r.status === 'validated');
  const versions = validated.length === 0 ? [] : await manager.getRepository(ReportVersion).find({ where: { reportId: In(validated.map((r) => r.id)) } });
  const observations = new Map<string, Observation[]>();
  for (const report of validated) {
    const version = versions.find((v) => v.reportId === report.id && v.number === report.currentVersion);
    for (const given of version?.values ?? []) {
      const list = observations.get(given.indicatorId) ?? [];
      list.push({ periodStart: report.periodStart, periodEnd: report.periodEnd, value: given.value, reportId: report.id });
      observations.set(given.indicatorId, list);
    }
  }
  return { reports, observations };
}

export type IndicatorView = ReturnType<typeof indicatorView>;

function indicatorView(indicator: Indicator, aggregate: PartnershipAggregate, reports: Report[], observations: Observation[], today: string) {
  const latest = latestValue(observations);
  const { startDate, endDate } = aggregate.partnership;
  return {
    id: indicator.id,
    partnershipId: indicator.partnershipId,
    name: indicator.name,
    nameKm: indicator.nameKm,
    unit: indicator.unit,
    baseline: indicator.baseline,
    target: indicator.target,
    frequency: indicator.frequency,
    responsibleOrganizationId: indicator.responsibleOrganizationId,
    disaggregations: indicator.disaggregations,
    libraryIndicatorId: indicator.libraryIndicatorId,
    latestValue: latest,
    progress: latest === null ? null : progressTowardTarget({ baseline: indicator.baseline, target: indicator.target, value: latest.value }),
    periods: reportingPeriods(indicator.frequency, startDate, endDate).map((period) => {
      const report = reports.find(
        (r) => r.responsibleOrganizationId === indicator.responsibleOrganizationId && r.periodStart === period.periodStart && r.periodEnd === period.periodEnd,
      );
      const status = report?.status ?? null;
      return { ...period, reportId: report?.id ?? null, status, late: isReportLate({ dueDate: period.dueDate, status }, today) };
    }),
    createdAt: indicator.createdAt.toISOString(),
  };
}

@Injectable()
export class IndicatorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly monitorable: Monitorable,
    private readonly audit: AuditService,
  ) {}

  async create(context: RequestContext, partnershipId: string, input: IndicatorCreateInput) {
    return this.dataSource.transaction(async (manager) => {
      const aggregate = await this.monitorable.write(manager, context, partnershipId);
      requireParties(aggregate, [{ path: 'responsibleOrganizationId', organizationId: input.responsibleOrganizationId }], validationMessage('not_a_party'));
      const library = input.libraryIndicatorId === undefined ? null : await this.offeredLibraryIndicator(manager, input.libraryIndicatorId.toLowerCase());
      // The schema requires name, unit and frequency unless a library indicator gives them.
      const indicator = await manager.getRepository(Indicator).save(
        manager.getRepository(Indicator).create({
          partnershipId,
          name: input.name ?? library!.name,
          nameKm: input.nameKm ?? library?.nameKm ?? null,
          unit: input.unit ?? library!.unit,
          baseline: input.baseline,
          target: input.target,
          frequency: input.frequency ?? library!.frequency,
          responsibleOrganizationId: input.responsibleOrganizationId.toLowerCase(),
          disaggregations: input.disaggregations ?? library?.disaggregations ?? [],
          libraryIndicatorId: library?.id ?? null,
          createdBy: context.actor!.userId,
        }),
      );
      await this.audit.record(manager, context, {
        action: 'indicator.create', entityType: 'indicator', entityId: indicator.id,
        summary: { partnershipId, name: indicator.name, libraryIndicatorId: indicator.libraryIndicatorId },
      });
      return indicatorView(indicator, aggregate, [], [], todayInCambodia());
    });
  }

  async list(context: RequestContext, partnershipId: string) {
    return (await this.listWithParties(context, partnershipId)).indicators;
  }

  /** The indicators and the partnership's parties (whose names the CSV download shows). */
  async listWithParties(context: RequestContext, partnershipId: string) {
    const manager = this.dataSource.manager;
    const aggregate = await this.monitorable.read(manager, context, partnershipId);
    const indicators = await manager.getRepository(Indicator).find({ where: { partnershipId }, order: { createdAt: 'ASC' } });
    const { reports, observations } = await reportsAndObservations(manager, partnershipId);
    const today = todayInCambodia();
    return {
      indicators: indicators.map((indicator) => indicatorView(indicator, aggregate, reports, observations.get(indicator.id) ?? [], today)),
      parties: aggregate.parties,
    };
  }

  /** A library indicator still offered to partnerships (a 422 naming the field otherwise). */
  private async offeredLibraryIndicator(manager: EntityManager, id: string): Promise<LibraryIndicator> {
    const library = await manager.getRepository(LibraryIndicator).findOneBy({ id });
    if (!library || library.archivedAt !== null) {
      throw new Problem('validation', 'There is no library indicator with this id on offer', [{ path: 'libraryIndicatorId', message: validationMessage('option_invalid') }]);
    }
    return library;
  }
}
