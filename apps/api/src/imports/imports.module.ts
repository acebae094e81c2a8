import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Monitorable } from '../monitoring/monitorable';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { StorageModule } from '../storage/storage.module';
import { ImportRecordsService } from './import-records.service';
import { ScorecardImportsController } from './scorecard-imports.controller';
import { ScorecardImportsService } from './scorecard-imports.service';
import { importUploadOptions } from './upload-storage';

@Module({
  imports: [
    PartnershipsModule,
    StorageModule,
    MulterModule.registerAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => importUploadOptions(config) }),
  ],
  controllers: [ScorecardImportsController],
  providers: [Monitorable, ScorecardImportsService, ImportRecordsService],
})
export class ImportsModule {}
