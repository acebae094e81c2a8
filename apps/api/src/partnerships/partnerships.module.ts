import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { MouController } from './mou.controller';
import { MouService } from './mou.service';
import { PartnershipActionsService } from './partnership-actions.service';
import { PartnershipsController } from './partnerships.controller';
import { PartnershipsService } from './partnerships.service';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [NotificationsModule],
  controllers: [PartnershipsController, MouController],
  providers: [PartnershipsService, PartnershipActionsService, MouService, ReviewsService],
  exports: [PartnershipsService, PartnershipActionsService],
})
export class PartnershipsModule {}
