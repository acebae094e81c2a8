import { Controller, Get, HttpCode, Param, Patch, Post, type StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import {
  PARTNERSHIP_ACTIONS,
  partnershipActionInput,
  partnershipCreateInput,
  partnershipQuery,
  partnershipUpdateInput,
  reviewInput,
  type PartnershipAction,
  type PartnershipCreateInput,
  type PartnershipQuery,
  type PartnershipUpdateInput,
  type ReviewInput,
} from '@daikou/domain';
import { pageSchema, type Page } from '../common/pagination';
import { Problem } from '../common/problem';
import { Ctx, type RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { ApiJsonOrCsv, wantsCsv } from '../common/csv-export';
import { ApiJson, ZodBody, ZodQuery } from '../common/zod';
import { partnershipsCsv } from '../insight/partnership-csv';
import { PartnershipActionsService } from './partnership-actions.service';
import { partnershipListItemSchema, partnershipSchema, reviewSchema, transitionSchema, type PartnershipListItem, type PartnershipView } from './partnership-view';
import { PartnershipsService } from './partnerships.service';
import { ReviewsService } from './reviews.service';

const actionBody = partnershipActionInput.extend({
  expectedVersion: z.number().int().positive().optional().describe('Refuse (409) if the partnership changed since this version'),
});

@ApiTags('partnerships')
@Controller('partnerships')
export class PartnershipsController {
  constructor(
    private readonly partnerships: PartnershipsService,
    private readonly actions: PartnershipActionsService,
    private readonly reviews: ReviewsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Partnerships the caller may see (officers: their organisation’s), filtered' })
  @ApiJsonOrCsv('PartnershipPage', pageSchema(partnershipListItemSchema))
  list(@ZodQuery(partnershipQuery) query: PartnershipQuery, @Ctx() context: RequestContext): Promise<Page<PartnershipListItem> | StreamableFile> {
    if (wantsCsv(query)) return partnershipsCsv((page) => this.partnerships.list(context, page), query);
    return this.partnerships.list(context, query);
  }

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a proposal (draft); the caller’s organisation must be a party; parties mix state and non-state' })
  @ApiJson(201, 'Partnership', partnershipSchema, 'Created')
  create(@ZodBody('PartnershipCreateInput', partnershipCreateInput) input: PartnershipCreateInput, @Ctx() context: RequestContext): Promise<PartnershipView> {
    return this.partnerships.create(context, input);
  }

  @Get(':id')
  @ApiJson(200, 'Partnership', partnershipSchema)
  get(@UuidParam() id: string, @Ctx() context: RequestContext): Promise<PartnershipView> {
    return this.partnerships.get(context, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit the proposal (a party’s officer, while draft or mou_drafting)' })
  @ApiJson(200, 'Partnership', partnershipSchema)
  update(
    @UuidParam() id: string,
    @ZodBody('PartnershipUpdateInput', partnershipUpdateInput) patch: PartnershipUpdateInput,
    @Ctx() context: RequestContext,
  ): Promise<PartnershipView> {
    return this.partnerships.update(context, id, patch);
  }

  @Post(':id/actions/:action')
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: PARTNERSHIP_ACTIONS })
  @ApiOperation({ summary: 'Move the partnership through its lifecycle (see allowedActions); 409 when not allowed in the current status' })
  @ApiJson(200, 'Partnership', partnershipSchema)
  act(
    @UuidParam() id: string,
    @Param('action') action: string,
    @ZodBody('PartnershipActionInput', actionBody) input: z.infer<typeof actionBody>,
    @Ctx() context: RequestContext,
  ): Promise<PartnershipView> {
    if (!(PARTNERSHIP_ACTIONS as readonly string[]).includes(action)) {
      throw new Problem('not_found', `Unknown action "${action}"; actions are ${PARTNERSHIP_ACTIONS.join(', ')}`);
    }
    return this.actions.apply(context, id, action as PartnershipAction, input);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every status change with actor, time, comment and the time spent in the previous status' })
  @ApiJson(200, 'PartnershipHistory', z.array(transitionSchema))
  history(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.actions.history(context, id);
  }

  @Post(':id/reviews')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a periodic or final review (moi_reviewer); a final review allows `close`' })
  @ApiJson(201, 'Review', reviewSchema, 'Created')
  createReview(@UuidParam() id: string, @ZodBody('ReviewInput', reviewInput) input: ReviewInput, @Ctx() context: RequestContext) {
    return this.reviews.create(context, id, input);
  }

  @Get(':id/reviews')
  @ApiJson(200, 'ReviewList', z.array(reviewSchema))
  listReviews(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.reviews.list(context, id);
  }
}
