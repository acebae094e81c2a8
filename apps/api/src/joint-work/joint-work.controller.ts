import { Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  activityCreateInput,
  activityUpdateInput,
  commitmentCreateInput,
  meetingCreateInput,
  meetingUpdateInput,
  ratingInput,
  type ActivityCreateInput,
  type ActivityUpdateInput,
  type CommitmentCreateInput,
  type MeetingCreateInput,
  type MeetingUpdateInput,
  type RatingInput,
} from '@daikou/domain';
import { Ctx, type RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { ApiJson, ZodBody } from '../common/zod';
import { ActivitiesService } from './activities.service';
import { CommitmentsService } from './commitments.service';
import { accountabilitySchema, activitySchema, commitmentSchema, meetingSchema, ratingListSchema } from './joint-work-view';
import { MeetingsService } from './meetings.service';
import { z } from 'zod';

@ApiTags('joint work')
@Controller()
export class JointWorkController {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly meetings: MeetingsService,
    private readonly commitments: CommitmentsService,
  ) {}

  @Post('partnerships/:id/activities')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add an activity to the workplan (a party’s officer, while active)' })
  @ApiJson(201, 'Activity', activitySchema, 'Created')
  createActivity(@UuidParam() id: string, @ZodBody('ActivityCreateInput', activityCreateInput) input: ActivityCreateInput, @Ctx() context: RequestContext) {
    return this.activities.create(context, id, input);
  }

  @Get('partnerships/:id/activities')
  @ApiJson(200, 'ActivityList', z.array(activitySchema))
  listActivities(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.activities.list(context, id);
  }

  @Patch('activities/:id')
  @ApiJson(200, 'Activity', activitySchema)
  updateActivity(@UuidParam() id: string, @ZodBody('ActivityUpdateInput', activityUpdateInput) patch: ActivityUpdateInput, @Ctx() context: RequestContext) {
    return this.activities.update(context, id, patch);
  }

  @Post('partnerships/:id/meetings')
  @HttpCode(201)
  @ApiOperation({ summary: 'Record a meeting: agenda, attendance, minutes, decisions, action items' })
  @ApiJson(201, 'Meeting', meetingSchema, 'Created')
  createMeeting(@UuidParam() id: string, @ZodBody('MeetingCreateInput', meetingCreateInput) input: MeetingCreateInput, @Ctx() context: RequestContext) {
    return this.meetings.create(context, id, input);
  }

  @Get('partnerships/:id/meetings')
  @ApiJson(200, 'MeetingList', z.array(meetingSchema))
  listMeetings(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.meetings.list(context, id);
  }

  @Patch('meetings/:id')
  @ApiOperation({ summary: 'Change a meeting; changing minutes, decisions, attendance or action items clears the approvals' })
  @ApiJson(200, 'Meeting', meetingSchema)
  updateMeeting(@UuidParam() id: string, @ZodBody('MeetingUpdateInput', meetingUpdateInput) patch: MeetingUpdateInput, @Ctx() context: RequestContext) {
    return this.meetings.update(context, id, patch);
  }

  @Post('meetings/:id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve the minutes for your organisation (once per party; final when every party approved)' })
  @ApiJson(200, 'Meeting', meetingSchema)
  approveMeeting(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.meetings.approve(context, id);
  }

  @Post('partnerships/:id/commitments')
  @HttpCode(201)
  @ApiOperation({ summary: 'A commitment owned by one party, with a due date and optional recurrence (occurrences up to the end date)' })
  @ApiJson(201, 'Commitment', commitmentSchema, 'Created')
  createCommitment(@UuidParam() id: string, @ZodBody('CommitmentCreateInput', commitmentCreateInput) input: CommitmentCreateInput, @Ctx() context: RequestContext) {
    return this.commitments.create(context, id, input);
  }

  @Get('partnerships/:id/commitments')
  @ApiJson(200, 'CommitmentList', z.array(commitmentSchema))
  listCommitments(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.commitments.list(context, id);
  }

  @Post('commitments/:id/ratings')
  @HttpCode(201)
  @ApiOperation({ summary: 'Rate an occurrence (period = its due date) for your organisation; once per party (409 for a second)' })
  @ApiJson(201, 'Commitment', commitmentSchema, 'Created')
  rate(@UuidParam() id: string, @ZodBody('RatingInput', ratingInput) input: RatingInput, @Ctx() context: RequestContext) {
    return this.commitments.rate(context, id, input);
  }

  @Get('commitments/:id/ratings')
  @ApiJson(200, 'RatingList', ratingListSchema)
  listRatings(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.commitments.ratings(context, id);
  }

  @Get('partnerships/:id/accountability')
  @ApiOperation({ summary: 'Per party: kept, partly kept, not kept, disputed, overdue and a score — both sides side by side' })
  @ApiJson(200, 'AccountabilityRecord', accountabilitySchema)
  accountability(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.commitments.accountability(context, id);
  }
}
