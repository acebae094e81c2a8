import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { Workable } from '../joint-work/workable';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { StorageModule } from '../storage/storage.module';
import { EvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';

@Module({
  imports: [
    PartnershipsModule,
    StorageModule,
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      // Memory storage (multer's default) up to the limit; a larger file is refused while it streams (413).
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.evidence.maxBytes, files: 1, fields: 5, parts: 6 },
        // File names are UTF-8 (Khmer names survive), not multer's default latin1.
        defParamCharset: 'utf8',
      }),
    }),
  ],
  controllers: [EvidenceController],
  providers: [Workable, EvidenceService],
})
export class EvidenceModule {}
