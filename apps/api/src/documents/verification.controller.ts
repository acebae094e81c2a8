import { Controller, Get, Header, Param, type PipeTransform } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { z } from 'zod';
import { Public } from '../auth/public.decorator';
import { Problem } from '../common/problem';
import { ApiJson } from '../common/zod';
import { DocumentsService, type Verification } from './documents.service';
import { verificationPage } from './verification-page';

const verificationSchema = z.object({
  found: z.boolean(),
  partnership: z.object({ title: z.string(), parties: z.array(z.string()) }).optional(),
  versionNumber: z.number().optional(),
  fullySigned: z.boolean().optional(),
  signatures: z.array(z.object({ organizationName: z.string(), signedAt: z.string() })).optional(),
});

class TextHashPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (/^[0-9a-f]{64}$/i.test(value)) return value.toLowerCase();
    throw new Problem('validation', 'The hash must be 64 hexadecimal characters (SHA-256)', [{ path: 'params.hash', message: 'must be 64 hexadecimal characters' }]);
  }
}

/** The public page a printed MoU's QR code opens (outside /api: see http-app.ts). */
@ApiTags('public')
@Controller('verify')
export class VerificationPageController {
  constructor(private readonly documents: DocumentsService) {}

  @Get(':hash')
  @Public()
  @Throttle({ default: { limit: 30, ttl: 60_000 } })
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-cache')
  async page(@Param('hash') hash: string): Promise<string> {
    const valid = /^[0-9a-f]{64}$/i.test(hash);
    return verificationPage(hash, valid ? await this.documents.verify(hash.toLowerCase()) : { found: false });
  }
}

@ApiTags('public')
@Controller('public/verify')
export class VerificationController {
  constructor(private readonly documents: DocumentsService) {}

  @Get(':hash')
  @Public()
  // Anyone may ask, so nobody may ask in bulk: hashes cannot be guessed, but the endpoint must not be a probe.
  @Throttle({ default: { limit: 30, ttl: 60_000 } })
  @ApiOperation({ summary: 'Does a printed MoU’s text hash belong to a version, and was that version signed by every party? (no login)' })
  @ApiJson(200, 'MouVerification', verificationSchema)
  verify(@Param('hash', new TextHashPipe()) hash: string): Promise<Verification> {
    return this.documents.verify(hash);
  }
}
