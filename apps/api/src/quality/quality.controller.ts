import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { assessmentInput, assessmentSchema, partnershipQualitySchema, type AssessmentInput } from '@daikou/domain';
import { Ctx, type RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { ApiJson, ZodBody } from '../common/zod';
import { QualityService } from './quality.service';

@ApiTags('quality')
@Controller('partnerships/:id')
export class QualityController {
  constructor(private readonly quality: QualityService) {}

  @Post('assessments')
  @HttpCode(201)
  @ApiOperation({ summary: 'Your organisation’s quality self-assessment of a period (a party’s officer; once per party and period; active until closed)' })
  @ApiJson(201, 'Assessment', assessmentSchema, 'Created')
  create(@UuidParam() id: string, @ZodBody('AssessmentInput', assessmentInput) input: AssessmentInput, @Ctx() context: RequestContext) {
    return this.quality.create(context, id, input);
  }

  @Get('assessments')
  @ApiOperation({ summary: 'The assessments you may see: your own, and the others’ of each period your organisation has assessed' })
  @ApiJson(200, 'AssessmentList', z.array(assessmentSchema))
  list(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.quality.list(context, id);
  }

  @Get('quality')
  @ApiOperation({ summary: 'Per attribute the state and non-state sides’ averages and the equity gap (state − non-state), overall and per period' })
  @ApiJson(200, 'PartnershipQuality', partnershipQualitySchema)
  get(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.quality.quality(context, id);
  }
}
