import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import type { Actor } from '@daikou/domain';
import { CurrentActor } from '../auth/actor.decorator';
import { listQuerySchema, pageSchema, type Page } from '../common/pagination';
import { UuidParam } from '../common/uuid-param';
import { ApiJson, ZodQuery } from '../common/zod';
import { notificationSchema, type NotificationView } from './notification-view';
import { NotificationsService } from './notifications.service';

const notificationQuery = listQuerySchema.extend({
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe('true: only the ones not read yet'),
});

const markedSchema = z.object({ marked: z.number().int().describe('How many were unread and are now read') });

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'The caller’s notifications, newest first' })
  @ApiJson(200, 'NotificationPage', pageSchema(notificationSchema))
  list(@ZodQuery(notificationQuery) query: z.infer<typeof notificationQuery>, @CurrentActor() actor: Actor): Promise<Page<NotificationView>> {
    return this.notifications.list(actor.userId, query);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all the caller’s notifications read' })
  @ApiJson(200, 'NotificationsMarked', markedSchema)
  readAll(@CurrentActor() actor: Actor): Promise<z.infer<typeof markedSchema>> {
    return this.notifications.markAllRead(actor.userId);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of the caller’s notifications read (another user’s: 404)' })
  @ApiJson(200, 'Notification', notificationSchema)
  read(@UuidParam() id: string, @CurrentActor() actor: Actor): Promise<NotificationView> {
    return this.notifications.markRead(actor.userId, id);
  }
}
