import { Module } from '@nestjs/common';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { QualityController } from './quality.controller';
import { QualityService } from './quality.service';

@Module({ imports: [PartnershipsModule], controllers: [QualityController], providers: [QualityService], exports: [QualityService] })
export class QualityModule {}
