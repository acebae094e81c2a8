import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { mouDiffQuery, mouVersionInput, type MouDiffQuery, type MouVersionInput } from '@daikou/domain';
import { Ctx, type RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { ApiJson, ZodBody, ZodQuery } from '../common/zod';
import { clauseSchema, mouVersionSchema, signatureSchema } from './partnership-view';
import { MouService } from './mou.service';
import { VersionNumberParam } from './version-number-param';


const diffPart = z.object({ value: z.string(), added: z.boolean().optional(), removed: z.boolean().optional() });
const mouDiffSchema = z.object({
  from: z.number(),
  to: z.number(),
  clauses: z.array(
    z.object({
      key: z.string(),
      change: z.enum(['added', 'removed', 'changed', 'unchanged']),
      titleEn: z.array(diffPart),
      textEn: z.array(diffPart),
      titleKm: z.array(diffPart),
      textKm: z.array(diffPart),
    }),
  ),
});

@ApiTags('mou')
@Controller('partnerships/:id/mou')
export class MouController {
  constructor(private readonly mou: MouService) {}

  @Post('versions')
  @HttpCode(201)
  @ApiOperation({ summary: 'Write a new MoU version (a party’s officer, while mou_drafting); returns its textHash' })
  @ApiJson(201, 'MouVersion', mouVersionSchema, 'Created')
  create(@UuidParam() id: string, @ZodBody('MouVersionInput', mouVersionInput) input: MouVersionInput, @Ctx() context: RequestContext) {
    return this.mou.createVersion(context, id, input);
  }

  @Get('versions')
  @ApiJson(200, 'MouVersionList', z.array(mouVersionSchema))
  list(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.mou.list(context, id);
  }

  @Get('template')
  @ApiOperation({ summary: 'A bilingual starting text for the MoU, prefilled from the proposal (not saved)' })
  @ApiJson(200, 'MouTemplate', z.object({ clauses: z.array(clauseSchema) }))
  template(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.mou.template(context, id);
  }

  @Get('versions/:number')
  @ApiJson(200, 'MouVersion', mouVersionSchema)
  get(@UuidParam() id: string, @VersionNumberParam() number: number, @Ctx() context: RequestContext) {
    return this.mou.get(context, id, number);
  }

  @Get('versions/:number/diff')
  @ApiOperation({ summary: 'Word diff per clause between this version and ?against=' })
  @ApiJson(200, 'MouDiff', mouDiffSchema)
  diff(
    @UuidParam() id: string,
    @VersionNumberParam() number: number,
    @ZodQuery(mouDiffQuery) query: MouDiffQuery,
    @Ctx() context: RequestContext,
  ) {
    return this.mou.diff(context, id, number, query.against);
  }

  @Get('signatures')
  @ApiJson(200, 'SignatureList', z.array(signatureSchema))
  signatures(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.mou.signatures(context, id);
  }
}
