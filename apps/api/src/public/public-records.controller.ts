import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';
import { UuidParam } from '../common/uuid-param';
import { ApiJson, ZodQuery } from '../common/zod';
import { PUBLIC_CACHE_CONTROL } from './public-cache';
import { publicPartnershipQuery, type PublicPartnershipQuery } from './public-query';
import { PublicRecordsService } from './public-records.service';
import { publicPartnershipPageSchema, publicPartnershipRecordSchema, publicServicePointSchema } from './public-view';

/** The public record as JSON (no login): published partnerships only, organisations only, never people. */
@ApiTags('public')
@Controller('public')
export class PublicRecordsController {
  constructor(private readonly records: PublicRecordsService) {}

  @Get('partnerships')
  @Public()
  @Header('Cache-Control', PUBLIC_CACHE_CONTROL)
  @ApiOperation({ summary: 'Active, completed and closed partnerships, newest first (no login)' })
  @ApiJson(200, 'PublicPartnershipPage', publicPartnershipPageSchema)
  list(@ZodQuery(publicPartnershipQuery) query: PublicPartnershipQuery) {
    return this.records.list(query);
  }

  @Get('partnerships/:id')
  @Public()
  @Header('Cache-Control', PUBLIC_CACHE_CONTROL)
  @ApiOperation({ summary: 'A published partnership with both sides’ commitments record, its scorecard results and action plan (no login)' })
  @ApiJson(200, 'PublicPartnershipRecord', publicPartnershipRecordSchema)
  partnership(@UuidParam() id: string) {
    return this.records.partnership(id);
  }

  @Get('service-points/:id')
  @Public()
  @Header('Cache-Control', PUBLIC_CACHE_CONTROL)
  @ApiOperation({ summary: 'A service point monitored by a published partnership: scorecard results over the rounds and the action plan (no login)' })
  @ApiJson(200, 'PublicServicePoint', publicServicePointSchema)
  servicePoint(@UuidParam() id: string) {
    return this.records.servicePoint(id);
  }
}
