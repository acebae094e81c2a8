import { pipeline } from 'node:stream/promises';
import { Body, Controller, Get, HttpCode, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { z } from 'zod';
import { Ctx, type RequestContext } from '../common/request-context';
import { UuidParam } from '../common/uuid-param';
import { ApiJson } from '../common/zod';
import { evidenceUpload, type UploadedPart } from './evidence-upload';
import { EVIDENCE_TYPES, servedContentType, type EvidenceType } from './evidence-types';
import { EvidenceService } from './evidence.service';
import { evidenceSchema } from './evidence-view';

@ApiTags('joint work')
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post('commitments/:id/evidence')
  @HttpCode(201)
  @UseInterceptors(FileInterceptor('file'))
  @ApiOperation({ summary: 'Attach a file as evidence for one occurrence (a party’s officer, while active); PDF, images, CSV, text, .docx, .xlsx; too large → 413' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'period'],
      properties: {
        file: { type: 'string', format: 'binary', description: `One of: ${Object.keys(EVIDENCE_TYPES).join(', ')}` },
        period: { type: 'string', format: 'date', description: 'The due date of the occurrence' },
      },
    },
  })
  @ApiJson(201, 'Evidence', evidenceSchema, 'Created')
  upload(@UuidParam() id: string, @Body() body: unknown, @UploadedFile() file: UploadedPart | undefined, @Ctx() context: RequestContext) {
    return this.evidence.upload(context, id, evidenceUpload(body, file));
  }

  @Get('commitments/:id/evidence')
  @ApiJson(200, 'EvidenceList', z.array(evidenceSchema))
  list(@UuidParam() id: string, @Ctx() context: RequestContext) {
    return this.evidence.list(context, id);
  }

  @Get('evidence/:id')
  @ApiOperation({ summary: 'Download an evidence file (always as an attachment, never shown inline)' })
  @ApiResponse({ status: 200, description: 'The file', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } })
  async download(@UuidParam() id: string, @Ctx() context: RequestContext, @Res() response: Response): Promise<void> {
    const { evidence, content } = await this.evidence.download(context, id);
    // Whatever a file holds, a browser saves it: no inline rendering, no sniffing, no scripts even if opened.
    response.attachment(evidence.name);
    response
      .status(200)
      .setHeader('Content-Type', servedContentType(evidence.contentType as EvidenceType))
      .setHeader('Content-Length', String(evidence.size))
      .setHeader('X-Content-Type-Options', 'nosniff')
      .setHeader('Content-Security-Policy', 'sandbox')
      .setHeader('Cache-Control', 'private, no-store');
    await pipeline(content, response);
  }
}
