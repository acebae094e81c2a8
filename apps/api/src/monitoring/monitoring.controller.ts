import { Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  actionItemCreateInput,
  actionItemUpdateInput,
  indicatorCreateInput,
  REPORT_ACTIONS,
  reportActionInput,
  reportCreateInput,
  reportUpdateInput,
  scorecardCreateInput,
  validationMessage,
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
import { ApiJson, ZodBody } from '../common/zod';
import { ActionItemsService } from './action-items.service';
import { IndicatorsService } from './indicators.service';
import { actionItemSchema, indicatorSchema, reportSchema, scorecardSchema } from './monitoring-view';
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
  @ApiJson(200, 'IndicatorList', z.array(indicatorSchema))
  listIndicators(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.indicators.list(context, id);
  }

  @Post('partnerships/:id/reports')
  @HttpCode(201)
  @ApiOperation({ summary: 'Start a report on a period for your organisation (a draft; one per party and period)' })
  @ApiJson(201, 'Report', reportSchema, 'Created')
  createReport(@UuidParam() id: string, @ZodBody('ReportCreateInput', reportCreateInput) input: ReportCreateInput, @Ctx() context: RequestContext) {
    return this.reports.create(context, id, input);
  }

  @Get('partnerships/:id/reports')
  @ApiJson(200, 'ReportList', z.array(reportSchema))
  listReports(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.reports.list(context, id);
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
  @ApiJson(200, 'ScorecardList', z.array(scorecardSchema))
  listScorecards(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.scorecards.listForPartnership(context, id);
  }

  @Post('scorecards/:id/action-items')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add an item to the action plan of a scorecard round; the owner must be a party' })
  @ApiJson(201, 'ActionItem', actionItemSchema, 'Created')
  createActionItem(@UuidParam() id: string, @ZodBody('ActionItemCreateInput', actionItemCreateInput) input: ActionItemCreateInput, @Ctx() context: RequestContext) {
    return this.actionItems.create(context, id, input);
  }

  @Patch('action-items/:id')
  @ApiOperation({ summary: 'Move an action item (open → in_progress → done | dropped; done and dropped are final) or add evidence' })
  @ApiJson(200, 'ActionItem', actionItemSchema)
  updateActionItem(@UuidParam() id: string, @ZodBody('ActionItemUpdateInput', actionItemUpdateInput) patch: ActionItemUpdateInput, @Ctx() context: RequestContext) {
    return this.actionItems.update(context, id, patch);
  }
}
