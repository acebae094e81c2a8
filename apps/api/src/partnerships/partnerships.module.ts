import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { AmendmentsController } from './amendments.controller';
import { AmendmentsService } from './amendments.service';
import { MouController } from './mou.controller';
import { MouService } from './mou.service';
import { PartnershipActionsService } from './partnership-actions.service';
import { PartnershipsController } from './partnerships.controller';
import { PartnershipsService } from './partnerships.service';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [NotificationsModule],
  controllers: [PartnershipsController, MouController, AmendmentsController],
  providers: [PartnershipsService, PartnershipActionsService, MouService, ReviewsService, AmendmentsService],
  exports: [PartnershipsService, PartnershipActionsService],
})
export class PartnershipsModule {}
