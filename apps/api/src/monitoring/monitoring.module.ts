import { Module } from '@nestjs/common';
import { JointWorkModule } from '../joint-work/joint-work.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { ActionItemsService } from './action-items.service';
import { FeedbackBodyLimit } from './body-limit.guard';
import { FeedbackService } from './feedback.service';
import { IndicatorLibraryController } from './indicator-library.controller';
import { IndicatorLibraryService } from './indicator-library.service';
import { IndicatorsService } from './indicators.service';
import { MonitoringController } from './monitoring.controller';
import { Monitorable } from './monitorable';
import { ReportScheduleService } from './report-schedule.service';
import { ReportsService } from './reports.service';
import { ScorecardsService } from './scorecards.service';
import { ServicePointsController } from './service-points.controller';
import { ServicePointsService } from './service-points.service';

@Module({
  imports: [PartnershipsModule, JointWorkModule, NotificationsModule],
  controllers: [MonitoringController, ServicePointsController, IndicatorLibraryController],
  providers: [Monitorable, IndicatorLibraryService, IndicatorsService, ReportsService, ReportScheduleService, ServicePointsService, ScorecardsService, ActionItemsService, FeedbackService, FeedbackBodyLimit],
  // The public record's feedback form posts through the same service (same limits, same storage).
  exports: [FeedbackService],
})
export class MonitoringModule {}
