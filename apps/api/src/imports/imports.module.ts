import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { Monitorable } from '../monitoring/monitorable';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { StorageModule } from '../storage/storage.module';
import { ScorecardImportsController } from './scorecard-imports.controller';
import { ScorecardImportsService } from './scorecard-imports.service';

/** Exports of 100,000 rows are a few tens of megabytes; the job, not the request, reads them row by row. */
const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

@Module({
  imports: [
    PartnershipsModule,
    StorageModule,
    // Memory storage up to the limit (as evidence uploads); a larger file is refused while it streams (413).
    MulterModule.register({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5, parts: 6 }, defParamCharset: 'utf8' }),
  ],
  controllers: [ScorecardImportsController],
  providers: [Monitorable, ScorecardImportsService],
})
export class ImportsModule {}
