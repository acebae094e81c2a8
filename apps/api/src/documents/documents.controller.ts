import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { Ctx, type RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { ApiJson, ZodQuery } from '../common/zod';
import { DocumentsService } from './documents.service';
import { DOCUMENT_LANGS } from './mou-document-content';
import { VersionNumberParam } from '../partnerships/version-number-param';

const documentQuery = z.object({ lang: z.enum(DOCUMENT_LANGS).default('both') });
const documentJob = z.object({ jobId: z.uuid() });


@ApiTags('mou')
@Controller('partnerships/:id/mou/versions/:number/document')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get()
  @ApiOperation({ summary: 'The MoU version as a PDF (km, en or both side by side); 202 with a job id while it is rendered (see GET /api/jobs/{id})' })
  @ApiResponse({ status: 200, description: 'The PDF', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiJson(202, 'DocumentJob', documentJob, 'Being rendered')
  async get(
    @UuidParam() id: string,
    @VersionNumberParam() number: number,
    @ZodQuery(documentQuery) query: z.infer<typeof documentQuery>,
    @Ctx() context: RequestContext,
    @Res() response: Response,
  ): Promise<void> {
    const answer = await this.documents.request(context, id, number, query.lang);
    if ('jobId' in answer) {
      response.status(202).json({ jobId: answer.jobId });
      return;
    }
    response
      .status(200)
      .type('application/pdf')
      .setHeader('Content-Disposition', `inline; filename="mou-${id}-v${number}-${query.lang}.pdf"`)
      .setHeader('Cache-Control', 'private, no-cache')
      .send(answer.file);
  }
}
