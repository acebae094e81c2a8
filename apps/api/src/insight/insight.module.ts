import { Module } from '@nestjs/common';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { QualityModule } from '../quality/quality.module';
import { DashboardsService } from './dashboards.service';
import { InsightController } from './insight.controller';
import { InsightRollupsService } from './insight-rollups.service';
import { PartnershipSummaryService } from './partnership-summary.service';

@Module({
  imports: [PartnershipsModule, QualityModule],
  controllers: [InsightController],
  providers: [DashboardsService, InsightRollupsService, PartnershipSummaryService],
  exports: [InsightRollupsService],
})
export class InsightModule {}
