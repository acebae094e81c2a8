import { Module } from '@nestjs/common';
import { NotificationMailer } from './notification-mailer';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationMailer],
  exports: [NotificationsService],
})
export class NotificationsModule {}
