// Periodic reports: the responsible party enters values per indicator and submits; another party validates or
// sends the report back with a comment. Submitted versions never change: an edit after a send-back is a new version.
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  allowedReportActions,
  decideReportAction,
  decideReportEdit,
  validationMessage,
  type Actor,
  type ReportAction,
  type ReportActionInput,
  type ReportCreateInput,
  type ReportState,
  type ReportUpdateInput,
} from '@daikou/domain';
import { AuditService } from '../audit/audit.service';
import { notFound, Problem, type FieldError } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { audienceOf, type PartnershipAggregate } from '../partnerships/partnership-store';
import { transitionProblem } from '../partnerships/transition-problem';
import { Indicator, Report, ReportActionRecord, ReportVersion, type ReportValue } from './monitoring.entities';
import { Monitorable } from './monitorable';

function reportState(report: Report, aggregate: PartnershipAggregate, current: ReportVersion): ReportState {
  return { ...audienceOf(aggregate), status: report.status, responsibleOrganizationId: report.responsibleOrganizationId, hasValues: current.values.length > 0 };
}

function versionView(v: ReportVersion) {
  return {
    number: v.number,
    values: v.values,
    narrative: v.narrative,
    evidence: v.evidence,
    submittedAt: v.submittedAt?.toISOString() ?? null,
    submittedBy: v.submittedBy,
  };
}

export type ReportView = ReturnType<typeof reportView>;

function reportView(report: Report, aggregate: PartnershipAggregate, versions: ReportVersion[], history: ReportActionRecord[], actor: Actor) {
  const current = versions.find((v) => v.number === report.currentVersion)!;
  const state = reportState(report, aggregate, current);
  return {
    id: report.id,
    partnershipId: report.partnershipId,
    responsibleOrganizationId: report.responsibleOrganizationId,
    periodStart: report.periodStart,
    periodEnd: report.periodEnd,
    status: report.status,
    version: report.currentVersion,
    values: current.values,
    narrative: current.narrative,
    evidence: current.evidence,
    allowedActions: allowedReportActions(state, actor),
    editable: decideReportEdit(state, actor).ok,
    versions: versions.map(versionView),
    history: history.map((h) => ({ action: h.action, versionNumber: h.versionNumber, userId: h.userId, organizationId: h.organizationId, comment: h.comment, at: h.at.toISOString() })),
    createdAt: report.createdAt.toISOString(),
    updatedAt: report.updatedAt.toISOString(),
  };
}

/** Values as stored: ids in lower case, categories left out not stored as undefined. */
function storedValues(values: ReportCreateInput['values']): ReportValue[] {
  return values.map((given) => ({ ...given, indicatorId: given.indicatorId.toLowerCase() }));
}

@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly monitorable: Monitorable,
    private readonly audit: AuditService,
  ) {}

  async create(context: RequestContext, partnershipId: string, input: ReportCreateInput) {
    return this.dataSource.transaction(async (manager) => {
      const aggregate = await this.monitorable.write(manager, context, partnershipId);
      const { startDate, endDate } = aggregate.partnership;
      const outside: FieldError[] = [
        ...(input.periodStart < startDate ? [{ path: 'periodStart', message: validationMessage('outside_partnership_dates') }] : []),
        ...(input.periodEnd > endDate ? [{ path: 'periodEnd', message: validationMessage('outside_partnership_dates') }] : []),
      ];
      if (outside.length > 0) throw new Problem('validation', 'The period lies outside the partnership’s dates', outside);
      await this.checkValues(manager, partnershipId, input.values);
      const responsibleOrganizationId = context.actor!.organizationId;
      const existing = await manager.getRepository(Report).findOneBy({ partnershipId, responsibleOrganizationId, periodStart: input.periodStart, periodEnd: input.periodEnd });
      if (existing) throw new Problem('duplicate', `Your organisation already has a report on this period (${existing.id})`);
      const report = await manager.getRepository(Report).save(
        manager.getRepository(Report).create({
          partnershipId,
          responsibleOrganizationId,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          status: 'draft',
          currentVersion: 1,
          createdBy: context.actor!.userId,
        }),
      );
      await manager.getRepository(ReportVersion).insert({
        reportId: report.id,
        number: 1,
        values: storedValues(input.values),
        narrative: input.narrative ?? null,
        evidence: input.evidence ?? null,
      });
      await this.audit.record(manager, context, {
        action: 'report.create',
        entityType: 'report',
        entityId: report.id,
        summary: { partnershipId, periodStart: input.periodStart, periodEnd: input.periodEnd, values: input.values.length },
      });
      return this.view(manager, context, report, aggregate);
    });
  }

  async list(context: RequestContext, partnershipId: string) {
    return (await this.listWithParties(context, partnershipId)).reports;
  }

  /** The reports and the partnership's parties and indicators (whose names the CSV download shows). */
  async listWithParties(context: RequestContext, partnershipId: string) {
    const manager = this.dataSource.manager;
    const aggregate = await this.monitorable.read(manager, context, partnershipId);
    const indicators = await manager.getRepository(Indicator).find({ where: { partnershipId }, select: { id: true, name: true, nameKm: true } });
    return { reports: await this.views(manager, context, aggregate), parties: aggregate.parties, indicators };
  }

  private async views(manager: EntityManager, context: RequestContext, aggregate: PartnershipAggregate) {
    const partnershipId = aggregate.partnership.id;
    const reports = await manager.getRepository(Report).find({ where: { partnershipId }, order: { periodStart: 'ASC', createdAt: 'ASC' } });
    if (reports.length === 0) return [];
    const ids = reports.map((r) => r.id);
    const versions = await manager.getRepository(ReportVersion).find({ where: { reportId: In(ids) }, order: { number: 'ASC' } });
    const history = await manager.getRepository(ReportActionRecord).find({ where: { reportId: In(ids) }, order: { at: 'ASC' } });
    return reports.map((report) =>
      reportView(report, aggregate, versions.filter((v) => v.reportId === report.id), history.filter((h) => h.reportId === report.id), context.actor!),
    );
  }

  async get(context: RequestContext, id: string) {
    const manager = this.dataSource.manager;
    const report = await manager.getRepository(Report).findOneBy({ id });
    if (!report) throw notFound('The report');
    const aggregate = await this.monitorable.read(manager, context, report.partnershipId);
    return this.view(manager, context, report, aggregate);
  }

  async update(context: RequestContext, id: string, patch: ReportUpdateInput) {
    return this.dataSource.transaction(async (manager) => {
      const { report, aggregate, current } = await this.lockReport(manager, context, id);
      const decision = decideReportEdit(reportState(report, aggregate, current), context.actor!);
      if (!decision.ok) throw transitionProblem(decision.error);
      if (patch.values) await this.checkValues(manager, report.partnershipId, patch.values);
      const content = {
        values: patch.values ? storedValues(patch.values) : current.values,
        narrative: patch.narrative !== undefined ? patch.narrative : current.narrative,
        evidence: patch.evidence !== undefined ? patch.evidence : current.evidence,
      };
      if (decision.newVersion) {
        report.currentVersion = current.number + 1;
        await manager.getRepository(ReportVersion).insert({ reportId: id, number: report.currentVersion, ...content });
      } else {
        await manager.getRepository(ReportVersion).update({ reportId: id, number: current.number }, content);
      }
      report.status = decision.to;
      await manager.getRepository(Report).save(report);
      await this.audit.record(manager, context, {
        action: 'report.update',
        entityType: 'report',
        entityId: id,
        summary: { version: report.currentVersion, newVersion: decision.newVersion, fields: Object.keys(patch) },
      });
      return this.view(manager, context, report, aggregate);
    });
  }

  async act(context: RequestContext, id: string, action: ReportAction, input: ReportActionInput) {
    return this.dataSource.transaction(async (manager) => {
      const { report, aggregate, current } = await this.lockReport(manager, context, id);
      const decision = decideReportAction(reportState(report, aggregate, current), context.actor!, action, input);
      if (!decision.ok) throw transitionProblem(decision.error);
      const at = new Date();
      // A sent-back report resubmitted unchanged keeps its version, already submitted and frozen.
      if (action === 'submit' && current.submittedAt === null) {
        await manager.getRepository(ReportVersion).update({ reportId: id, number: current.number }, { submittedAt: at, submittedBy: context.actor!.userId });
      }
      report.status = decision.to;
      await manager.getRepository(Report).save(report);
      const comment = input.comment?.trim() ? input.comment.trim() : null;
      await manager.getRepository(ReportActionRecord).insert({
        reportId: id,
        action,
        versionNumber: current.number,
        userId: context.actor!.userId,
        organizationId: context.actor!.organizationId,
        comment,
        at,
      });
      await this.audit.record(manager, context, { action: `report.${action}`, entityType: 'report', entityId: id, summary: { version: current.number, to: decision.to, comment } });
      return this.view(manager, context, report, aggregate);
    });
  }

  /** The report locked for a change, its partnership (404 unless the caller sees it) and its current version. */
  private async lockReport(manager: EntityManager, context: RequestContext, id: string) {
    const found = await manager.getRepository(Report).findOneBy({ id });
    if (!found) throw notFound('The report');
    const aggregate = await this.monitorable.read(manager, context, found.partnershipId);
    const report = await manager.getRepository(Report).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
    const current = await manager.getRepository(ReportVersion).findOneByOrFail({ reportId: id, number: report.currentVersion });
    return { report, aggregate, current };
  }

  private async view(manager: EntityManager, context: RequestContext, report: Report, aggregate: PartnershipAggregate) {
    const versions = await manager.getRepository(ReportVersion).find({ where: { reportId: report.id }, order: { number: 'ASC' } });
    const history = await manager.getRepository(ReportActionRecord).find({ where: { reportId: report.id }, order: { at: 'ASC' } });
    return reportView(report, aggregate, versions, history, context.actor!);
  }

  /** Each value names an indicator of this partnership and breaks it down only as the indicator declares. */
  private async checkValues(manager: EntityManager, partnershipId: string, values: ReportCreateInput['values']): Promise<void> {
    const ids = values.map((v) => v.indicatorId.toLowerCase());
    const indicators = ids.length === 0 ? [] : await manager.getRepository(Indicator).find({ where: { partnershipId, id: In(ids) } });
    const errors: FieldError[] = [];
    values.forEach((given, index) => {
      const indicator = indicators.find((i) => i.id === given.indicatorId.toLowerCase());
      if (!indicator) {
        errors.push({ path: `values.${index}.indicatorId`, message: validationMessage('indicator_not_in_partnership') });
        return;
      }
      for (const [disaggregation, categories] of Object.entries(given.disaggregation ?? {})) {
        if (categories !== undefined && !(indicator.disaggregations as string[]).includes(disaggregation)) {
          errors.push({ path: `values.${index}.disaggregation.${disaggregation}`, message: validationMessage('disaggregation_not_declared') });
        }
      }
    });
    if (errors.length > 0) throw new Problem('validation', 'Some values do not fit the partnership’s indicators', errors);
  }
}
