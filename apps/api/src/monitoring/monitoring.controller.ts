import { Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  actionItemCommitmentInput,
  actionItemCreateInput,
  actionItemUpdateInput,
  indicatorCreateInput,
  REPORT_ACTIONS,
  reportActionInput,
  reportCreateInput,
  reportUpdateInput,
  scorecardCreateInput,
  validationMessage,
  type ActionItemCommitmentInput,
  type ActionItemCreateInput,
  type ActionItemUpdateInput,
  type IndicatorCreateInput,
  type ReportAction,
  type ReportActionInput,
  type ReportCreateInput,
  type ReportUpdateInput,
  type ScorecardCreateInput,
} from '@daikou/domain';
import { Problem } from '../common/problem';
import { Ctx, type RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { ApiJsonOrCsv, csvExport, exportQuery, wantsCsv, type ExportQuery } from '../common/csv-export';
import { ApiJson, ZodBody, ZodQuery } from '../common/zod';
import { pageSchema } from '../common/pagination';
import { commitmentSchema } from '../joint-work/joint-work-view';
import { actionItemQuery, type ActionItemQuery } from './action-item-query';
import { ActionItemsService } from './action-items.service';
import {
  actionItemColumns,
  indicatorColumns,
  nameIn,
  partyNames,
  reportColumns,
  reportingPeriodColumns,
  reportLines,
  scorecardColumns,
} from './csv-columns';
import { IndicatorsService } from './indicators.service';
import {
  actionItemBoardSchema,
  actionItemSchema,
  indicatorSchema,
  reportingPeriodSchema,
  reportSchema,
  scorecardDetailSchema,
  scorecardSchema,
} from './monitoring-view';
import { ReportScheduleService } from './report-schedule.service';
import { reportingPeriodQuery, type ReportingPeriodQuery } from './reporting-period-query';
import { ReportsService } from './reports.service';
import { ScorecardsService } from './scorecards.service';

const reportActionParam = (action: string): ReportAction => {
  if ((REPORT_ACTIONS as readonly string[]).includes(action)) return action as ReportAction;
  throw new Problem('validation', `Unknown report action ${action}`, [{ path: 'params.action', message: validationMessage('option_invalid') }]);
};

@ApiTags('monitoring')
@Controller()
export class MonitoringController {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly reports: ReportsService,
    private readonly scorecards: ScorecardsService,
    private readonly actionItems: ActionItemsService,
    private readonly schedule: ReportScheduleService,
  ) {}

  @Post('partnerships/:id/indicators')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add an indicator (a party’s officer, while active); the responsible organisation must be a party' })
  @ApiJson(201, 'Indicator', indicatorSchema, 'Created')
  createIndicator(@UuidParam() id: string, @ZodBody('IndicatorCreateInput', indicatorCreateInput) input: IndicatorCreateInput, @Ctx() context: RequestContext) {
    return this.indicators.create(context, id, input);
  }

  @Get('partnerships/:id/indicators')
  @ApiOperation({ summary: 'Indicators with progress from the latest validated value and their reporting periods' })
  @ApiJsonOrCsv('IndicatorList', z.array(indicatorSchema))
  async listIndicators(@UuidParam() id: string, @ZodQuery(exportQuery) query: ExportQuery, @Ctx() context: RequestContext) {
    if (!wantsCsv(query)) return this.indicators.list(context, id);
    const { indicators, parties } = await this.indicators.listWithParties(context, id);
    return csvExport(`indicators-${id}.csv`, indicatorColumns(partyNames(parties, query.lang ?? 'en')), indicators, query.lang);
  }

  @Post('partnerships/:id/reports')
  @HttpCode(201)
  @ApiOperation({ summary: 'Start a report on a period for your organisation (a draft; one per party and period)' })
  @ApiJson(201, 'Report', reportSchema, 'Created')
  createReport(@UuidParam() id: string, @ZodBody('ReportCreateInput', reportCreateInput) input: ReportCreateInput, @Ctx() context: RequestContext) {
    return this.reports.create(context, id, input);
  }

  @Get('partnerships/:id/reports')
  @ApiOperation({ summary: 'The partnership’s reports, each with its versions and history (CSV: one line per value)' })
  @ApiJsonOrCsv('ReportList', z.array(reportSchema))
  async listReports(@UuidParam() id: string, @ZodQuery(exportQuery) query: ExportQuery, @Ctx() context: RequestContext) {
    if (!wantsCsv(query)) return this.reports.list(context, id);
    const lang = query.lang ?? 'en';
    const { reports, parties, indicators } = await this.reports.listWithParties(context, id);
    const indicatorNames = new Map(indicators.map((i) => [i.id, nameIn(lang, i.name, i.nameKm)]));
    return csvExport(`reports-${id}.csv`, reportColumns(partyNames(parties, lang), (i) => indicatorNames.get(i) ?? i), reportLines(reports), lang);
  }

  @Get('partnerships/:id/reporting-periods')
  @ApiOperation({ summary: 'The reports the parties owe — one per party and period of its indicators — with their state and whether each is late' })
  @ApiJsonOrCsv('ReportingPeriodList', pageSchema(reportingPeriodSchema))
  async reportingPeriods(@UuidParam() id: string, @ZodQuery(reportingPeriodQuery) query: ReportingPeriodQuery, @Ctx() context: RequestContext) {
    const { items, parties, indicators } = await this.schedule.forPartnership(context, id, query);
    if (!wantsCsv(query)) return { items, nextCursor: null };
    const lang = query.lang ?? 'en';
    const indicatorNames = new Map(indicators.map((i) => [i.id, nameIn(lang, i.name, i.nameKm)]));
    return csvExport(`reporting-periods-${id}.csv`, reportingPeriodColumns(partyNames(parties, lang), (i) => indicatorNames.get(i) ?? i), items, lang);
  }

  @Get('reports/:id')
  @ApiJson(200, 'Report', reportSchema)
  getReport(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.reports.get(context, id);
  }

  @Patch('reports/:id')
  @ApiOperation({ summary: 'Edit a draft or sent-back report (the responsible party); editing a sent-back report starts a new version' })
  @ApiJson(200, 'Report', reportSchema)
  updateReport(@UuidParam() id: string, @ZodBody('ReportUpdateInput', reportUpdateInput) patch: ReportUpdateInput, @Ctx() context: RequestContext) {
    return this.reports.update(context, id, patch);
  }

  @Post('reports/:id/actions/:action')
  @HttpCode(200)
  @ApiOperation({ summary: 'submit (the responsible party), validate or send_back (another party; send_back needs a comment)' })
  @ApiParam({ name: 'action', enum: REPORT_ACTIONS })
  @ApiJson(200, 'Report', reportSchema)
  actOnReport(
    @UuidParam() id: string,
    @Param('action') action: string,
    @ZodBody('ReportActionInput', reportActionInput) input: ReportActionInput,
    @Ctx() context: RequestContext,
  ) {
    return this.reports.act(context, id, reportActionParam(action), input);
  }

  @Post('partnerships/:id/scorecards')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a community scorecard round at a service point (scores 1–5 by citizens and providers)' })
  @ApiJson(201, 'Scorecard', scorecardSchema, 'Created')
  createScorecard(@UuidParam() id: string, @ZodBody('ScorecardCreateInput', scorecardCreateInput) input: ScorecardCreateInput, @Ctx() context: RequestContext) {
    return this.scorecards.create(context, id, input);
  }

  @Get('partnerships/:id/scorecards')
  @ApiOperation({ summary: 'The partnership’s scorecard rounds with their action plans (CSV: one line per criterion)' })
  @ApiJsonOrCsv('ScorecardList', z.array(scorecardSchema))
  async listScorecards(@UuidParam() id: string, @ZodQuery(exportQuery) query: ExportQuery, @Ctx() context: RequestContext) {
    if (!wantsCsv(query)) return this.scorecards.listForPartnership(context, id);
    return csvExport(`scorecards-${id}.csv`, scorecardColumns(query.lang ?? 'en'), await this.scorecards.criteriaOfPartnership(context, id), query.lang);
  }

  @Get('scorecards/:id')
  @ApiOperation({ summary: 'A scorecard round: participants, criteria with their gaps, and its action plan' })
  @ApiJson(200, 'ScorecardDetail', scorecardDetailSchema)
  getScorecard(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.scorecards.get(context, id);
  }

  @Post('scorecards/:id/action-items')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add an item to the action plan of a scorecard round; the owner must be a party' })
  @ApiJson(201, 'ActionItem', actionItemSchema, 'Created')
  createActionItem(@UuidParam() id: string, @ZodBody('ActionItemCreateInput', actionItemCreateInput) input: ActionItemCreateInput, @Ctx() context: RequestContext) {
    return this.actionItems.create(context, id, input);
  }

  @Get('partnerships/:id/action-items')
  @ApiOperation({ summary: 'The action plan board: every action item of the partnership’s scorecard rounds, by due date; overdue=true for the overdue ones' })
  @ApiJsonOrCsv('ActionItemBoard', actionItemBoardSchema)
  async actionItemBoard(@UuidParam() id: string, @ZodQuery(actionItemQuery) query: ActionItemQuery, @Ctx() context: RequestContext) {
    if (!wantsCsv(query)) return this.actionItems.board(context, id, query);
    const { items } = await this.actionItems.boardAll(context, id, query);
    return csvExport(`action-items-${id}.csv`, actionItemColumns(query.lang ?? 'en'), items, query.lang);
  }

  @Post('action-items/:id/commitment')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Make the action item a commitment of the partnership, owned by the item’s owner and due with it unless said otherwise (once: a second time is 409)',
  })
  @ApiJson(201, 'ActionItemCommitment', commitmentSchema.extend({ actionItemId: z.uuid() }), 'Created')
  makeCommitment(@UuidParam() id: string, @ZodBody('ActionItemCommitmentInput', actionItemCommitmentInput) input: ActionItemCommitmentInput, @Ctx() context: RequestContext) {
    return this.actionItems.makeCommitment(context, id, input);
  }

  @Patch('action-items/:id')
  @ApiOperation({ summary: 'Move an action item (open → in_progress → done | dropped; done and dropped are final), add evidence or a dated follow-up note' })
  @ApiJson(200, 'ActionItem', actionItemSchema)
  updateActionItem(@UuidParam() id: string, @ZodBody('ActionItemUpdateInput', actionItemUpdateInput) patch: ActionItemUpdateInput, @Ctx() context: RequestContext) {
    return this.actionItems.update(context, id, patch);
  }
}
