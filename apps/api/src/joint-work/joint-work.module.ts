import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { PartnershipsModule } from '../partnerships/partnerships.module';
import { ActivitiesService } from './activities.service';
import { CommitmentsService } from './commitments.service';
import { JointWorkController } from './joint-work.controller';
import { MeetingsService } from './meetings.service';
import { OverdueCommitments } from './overdue-commitments';
import { Workable } from './workable';

@Module({
  imports: [PartnershipsModule, NotificationsModule],
  controllers: [JointWorkController],
  providers: [Workable, ActivitiesService, MeetingsService, CommitmentsService, OverdueCommitments],
  // Monitoring turns action items into commitments through it.
  exports: [CommitmentsService],
})
export class JointWorkModule {}
