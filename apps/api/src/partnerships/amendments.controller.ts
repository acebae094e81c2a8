import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AMENDMENT_ACTIONS, mouVersionInput, partnershipActionInput, type AmendmentAction, type MouVersionInput, type PartnershipActionInput } from '@daikou/domain';
import { Problem } from '../common/problem';
import { Ctx, type RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { ApiJson, ZodBody } from '../common/zod';
import { AmendmentsService } from './amendments.service';
import { amendmentSchema, mouVersionSchema } from './partnership-view';

const amendmentOpenInput = z.strictObject({ reason: z.string().trim().min(1, 'Say why the MoU should change').max(2000) });

@ApiTags('mou')
@Controller('partnerships/:id/amendments')
export class AmendmentsController {
  constructor(private readonly amendments: AmendmentsService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Open an amendment of the MoU (a party’s officer, while active; one open at a time)' })
  @ApiJson(201, 'Amendment', amendmentSchema, 'Created')
  open(@UuidParam() id: string, @ZodBody('AmendmentOpenInput', amendmentOpenInput) input: z.infer<typeof amendmentOpenInput>, @Ctx() context: RequestContext) {
    return this.amendments.open(context, id, input.reason);
  }

  @Get()
  @ApiJson(200, 'AmendmentList', z.array(amendmentSchema))
  list(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.amendments.list(context, id);
  }

  @Post(':amendmentId/versions')
  @HttpCode(201)
  @ApiOperation({ summary: 'Write the amended MoU version (while the amendment is drafted)' })
  @ApiJson(201, 'MouVersion', mouVersionSchema, 'Created')
  writeVersion(
    @UuidParam() id: string,
    @UuidParam('amendmentId') amendmentId: string,
    @ZodBody('MouVersionInput', mouVersionInput) input: MouVersionInput,
    @Ctx() context: RequestContext,
  ) {
    return this.amendments.writeVersion(context, id, amendmentId, input);
  }

  @Post(':amendmentId/actions/:action')
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: AMENDMENT_ACTIONS })
  @ApiOperation({ summary: 'submit, request_changes, approve, decline, endorse, sign, withdraw an amendment' })
  @ApiJson(200, 'Amendment', amendmentSchema)
  act(
    @UuidParam() id: string,
    @UuidParam('amendmentId') amendmentId: string,
    @Param('action') action: string,
    @ZodBody('AmendmentActionInput', partnershipActionInput) input: PartnershipActionInput,
    @Ctx() context: RequestContext,
  ) {
    if (!(AMENDMENT_ACTIONS as readonly string[]).includes(action)) {
      throw new Problem('not_found', `Unknown amendment action "${action}"; actions are ${AMENDMENT_ACTIONS.join(', ')}`);
    }
    return this.amendments.act(context, id, amendmentId, action as AmendmentAction, input);
  }
}
