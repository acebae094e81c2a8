import { Body, Controller, Get, HttpCode, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Ctx, type RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { ApiJson } from '../common/zod';
import type { UploadedPart } from '../evidence/evidence-upload';
import { scorecardMapping } from './scorecard-mapping';
import { ScorecardImportsService } from './scorecard-imports.service';
import { scorecardUpload } from './scorecard-upload';

const importJob = z.object({ jobId: z.uuid() });
const savedMapping = z.object({ name: z.string(), mapping: scorecardMapping });

@ApiTags('monitoring')
@Controller()
export class ScorecardImportsController {
  constructor(private readonly imports: ScorecardImportsService) {}

  @Post('imports/scorecards')
  @HttpCode(202)
  @UseInterceptors(FileInterceptor('file'))
  @ApiOperation({
    summary: 'Import scorecard rounds from a KoboToolbox/ODK CSV export (a party’s officer, while active); 202 with a job id (see GET /api/jobs/{id}: progress, then { imported, failed, errors }). The same file again answers with the first import’s job',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'partnershipId'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'CSV, UTF-8 with or without BOM, header row first' },
        partnershipId: { type: 'string', format: 'uuid' },
        mapping: { type: 'string', description: 'JSON: { servicePointId, date, participants: { female, male, disability?, idPoor?, youth? }, criteria: [{ name, citizenScoreColumn, providerScoreColumn }] } (column names)' },
        mappingName: { type: 'string', description: 'With mapping: save it under this name for the partnership; without: reuse the mapping saved under it' },
      },
    },
  })
  @ApiJson(202, 'ImportJob', importJob, 'Being imported')
  upload(@Body() body: unknown, @UploadedFile() file: UploadedPart | undefined, @Ctx() context: RequestContext) {
    return this.imports.request(context, scorecardUpload(body, file));
  }

  @Get('partnerships/:id/import-mappings')
  @ApiOperation({ summary: 'Column mappings saved for scorecard imports into this partnership' })
  @ApiJson(200, 'ImportMappingList', z.array(savedMapping))
  mappings(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.imports.mappings(context, id);
  }
}
