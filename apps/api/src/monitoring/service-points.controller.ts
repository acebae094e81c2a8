import { Controller, Get, HttpCode, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { ThrottleGroup } from '../common/throttle-group';
import {
  feedbackInput,
  feedbackTriageInput,
  servicePointCreateInput,
  type FeedbackInput,
  type FeedbackTriageInput,
  type ServicePointCreateInput,
} from '@daikou/domain';
import { Public } from '../auth/public.decorator';
import { Ctx, type RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { ApiJsonOrCsv, csvExport, exportQuery, wantsCsv, type ExportQuery } from '../common/csv-export';
import { ApiJson, ZodBody, ZodQuery } from '../common/zod';
import { FeedbackBodyLimit } from './body-limit.guard';
import { feedbackColumns, scorecardColumns, servicePointColumns } from './csv-columns';
import { feedbackInboxQuery, feedbackQuery, type FeedbackInboxQuery, type FeedbackQuery } from './feedback-query';
import { FeedbackService } from './feedback.service';
import {
  feedbackPageSchema,
  feedbackReceiptSchema,
  feedbackSchema,
  servicePointPageSchema,
  servicePointSchema,
  servicePointScorecardsSchema,
} from './monitoring-view';
import { servicePointQuery, type ServicePointQuery } from './service-point-query';
import { ScorecardsService } from './scorecards.service';
import { ServicePointsService } from './service-points.service';

/** Public feedback per address: a person may write several times; a script may not flood the inbox. */
export const FEEDBACK_PER_MINUTE = 5;

@ApiTags('service monitoring')
@Controller()
export class ServicePointsController {
  constructor(
    private readonly servicePoints: ServicePointsService,
    private readonly scorecards: ScorecardsService,
    private readonly feedback: FeedbackService,
  ) {}

  @Post('service-points')
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a service point in a commune or village (officers and admins)' })
  @ApiJson(201, 'ServicePoint', servicePointSchema, 'Created')
  create(@ZodBody('ServicePointCreateInput', servicePointCreateInput) input: ServicePointCreateInput, @Ctx() context: RequestContext) {
    return this.servicePoints.create(context, input);
  }

  @Get('service-points')
  @ApiOperation({ summary: 'Find service points by area (a province, district, commune or village code), kind or name' })
  @ApiJsonOrCsv('ServicePointPage', servicePointPageSchema)
  list(@ZodQuery(servicePointQuery) query: ServicePointQuery) {
    if (wantsCsv(query)) return csvExport('service-points.csv', servicePointColumns(query.lang ?? 'en'), this.servicePoints.all(query), query.lang);
    return this.servicePoints.list(query);
  }

  @Get('service-points/:id')
  @ApiJson(200, 'ServicePoint', servicePointSchema)
  get(@UuidParam() id: string) {
    return this.servicePoints.get(id);
  }

  @Get('service-points/:id/scorecards')
  @ApiOperation({ summary: 'The scorecard rounds at a service point you may see, and each criterion compared over the rounds (CSV: one line per criterion of each round)' })
  @ApiJsonOrCsv('ServicePointScorecards', servicePointScorecardsSchema)
  async scorecardRounds(@UuidParam() id: string, @ZodQuery(exportQuery) query: ExportQuery, @Ctx() context: RequestContext) {
    if (!wantsCsv(query)) return this.scorecards.forServicePoint(context, id);
    return csvExport(`service-point-scorecards-${id}.csv`, scorecardColumns(query.lang ?? 'en'), await this.scorecards.criteriaAtServicePoint(context, id), query.lang);
  }

  @Post('service-points/:id/feedback')
  @Public()
  @HttpCode(201)
  @Throttle({ default: { limit: FEEDBACK_PER_MINUTE, ttl: 60_000 } })
  @ThrottleGroup('feedback')
  @UseGuards(FeedbackBodyLimit)
  @ApiOperation({ summary: 'Give feedback on a service point — no account; rate-limited per address; stored as plain text' })
  @ApiJson(201, 'FeedbackReceipt', feedbackReceiptSchema, 'Created')
  giveFeedback(@UuidParam() id: string, @ZodBody('FeedbackInput', feedbackInput) input: FeedbackInput) {
    return this.feedback.submit(id, input);
  }

  @Get('service-points/:id/feedback')
  @ApiOperation({ summary: 'The feedback inbox of a service point (parties of partnerships with a scorecard round there)' })
  @ApiJsonOrCsv('FeedbackPage', feedbackPageSchema)
  async listFeedback(@UuidParam() id: string, @ZodQuery(feedbackQuery) query: FeedbackQuery, @Ctx() context: RequestContext) {
    if (!wantsCsv(query)) return this.feedback.list(context, id, query);
    return csvExport(`feedback-${id}.csv`, feedbackColumns(query.lang ?? 'en'), await this.feedback.all(context, id, query), query.lang);
  }

  @Get('feedback')
  @ApiOperation({ summary: 'The feedback inbox across every service point whose feedback you may read (the same rule as one service point’s), newest first' })
  @ApiJsonOrCsv('FeedbackPage', feedbackPageSchema)
  inbox(@ZodQuery(feedbackInboxQuery) query: FeedbackInboxQuery, @Ctx() context: RequestContext) {
    if (wantsCsv(query)) return csvExport('feedback.csv', feedbackColumns(query.lang ?? 'en'), this.feedback.inboxAll(context, query), query.lang);
    return this.feedback.inbox(context, query);
  }

  @Patch('feedback/:id')
  @ApiOperation({ summary: 'Triage feedback: new → acknowledged → acted_on, and/or link it to an action item (actionItemId: null unlinks)' })
  @ApiJson(200, 'Feedback', feedbackSchema)
  triage(@UuidParam() id: string, @ZodBody('FeedbackTriageInput', feedbackTriageInput) input: FeedbackTriageInput, @Ctx() context: RequestContext) {
    return this.feedback.triage(context, id, input);
  }
}
