import { Module } from '@nestjs/common';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { ActionItemsService } from './action-items.service';
import { FeedbackBodyLimit } from './body-limit.guard';
import { FeedbackService } from './feedback.service';
import { IndicatorsService } from './indicators.service';
import { MonitoringController } from './monitoring.controller';
import { Monitorable } from './monitorable';
import { ReportsService } from './reports.service';
import { ScorecardsService } from './scorecards.service';
import { ServicePointsController } from './service-points.controller';
import { ServicePointsService } from './service-points.service';

@Module({
  imports: [PartnershipsModule],
  controllers: [MonitoringController, ServicePointsController],
  providers: [Monitorable, IndicatorsService, ReportsService, ServicePointsService, ScorecardsService, ActionItemsService, FeedbackService, FeedbackBodyLimit],
})
export class MonitoringModule {}
