// Notifications: written in the transaction of the change that causes them (each once, by its dedupe key),
// each with an e-mail job in the same transaction; read and marked read by their owner only.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { PartnershipAction, PartnershipStatus } from '@daikou/domain';
import { cursorParts, decodeCursor, toPage, type Page } from '../common/pagination';
import { notFound } from '../common/problem';
import { JobsService } from '../jobs/jobs.service';
import { loadPartnership, stateOf, type PartnershipAggregate } from '../partnerships/partnership-store';
import { awaitedUsers, partyOfficers, STATUSES_AWAITING_PEOPLE } from './awaited-users';
import { UserNotification, type NotificationKind } from './notification.entity';
import { reminderText, statusChangedText, type NotificationText } from './notification-texts';
import { toNotificationView, type NotificationView } from './notification-view';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PartnershipChange {
  action: PartnershipAction;
  from: PartnershipStatus;
  to: PartnershipStatus;
  /** Who acted (null: the system); never notified of their own action. */
  actorId: string | null;
}

interface NewNotification {
  userId: string;
  kind: NotificationKind;
  partnershipId: string;
  text: NotificationText;
  dedupeKey: string;
}

export interface NotificationQuery {
  limit: number;
  cursor?: string;
  unread?: boolean;
}

const partnershipLink = (id: string) => `/partnerships/${id}`;

@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  /** In the transaction of a lifecycle action, after it is recorded: tells the parties, and whoever must act next. */
  async partnershipChanged(manager: EntityManager, aggregate: PartnershipAggregate, change: PartnershipChange): Promise<void> {
    if (change.from === change.to) return;
    // The aggregate was loaded before the change; the same transaction sees it as it is now.
    const current = (await loadPartnership(manager, aggregate.partnership.id))!;
    const state = stateOf(current);
    const awaited = await awaitedUsers(manager, state);
    const audience = new Set([...(await partyOfficers(manager, state)), ...awaited.keys()]);
    audience.delete(change.actorId ?? '');
    const { id, title, version } = current.partnership;
    for (const userId of audience) {
      const actions = awaited.get(userId) ?? [];
      await this.write(manager, {
        userId,
        kind: actions.length > 0 ? 'action_required' : 'status_changed',
        partnershipId: id,
        text: statusChangedText(title, change, actions),
        // Each action gives the partnership a new version: the key names this change for this user.
        dedupeKey: `partnership:${id}:v${version}:${userId}`,
      });
    }
  }

  /** Reminds whoever must act on partnerships waiting in their status longer than `afterDays` days: once per period each. */
  async remindStalled(afterDays: number): Promise<number> {
    const stalled: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM partnerships WHERE status = ANY($1) AND status_since < now() - make_interval(days => $2) ORDER BY status_since`,
      [STATUSES_AWAITING_PEOPLE, afterDays],
    );
    let written = 0;
    for (const { id } of stalled) {
      written += await this.dataSource.transaction(async (manager) => {
        const aggregate = await loadPartnership(manager, id);
        if (!aggregate) return 0;
        const { status, statusSince, title } = aggregate.partnership;
        const days = Math.floor((Date.now() - statusSince.getTime()) / DAY_MS);
        if (days < afterDays) return 0;
        const period = Math.floor(days / afterDays);
        let count = 0;
        for (const [userId, actions] of await awaitedUsers(manager, stateOf(aggregate))) {
          const isNew = await this.write(manager, {
            userId,
            kind: 'reminder',
            partnershipId: id,
            text: reminderText(title, status, days, actions),
            dedupeKey: `reminder:${id}:${status}:${statusSince.toISOString()}:${period}:${userId}`,
          });
          if (isNew) count++;
        }
        return count;
      });
    }
    return written;
  }

  /** Tells every active officer of an organisation, once per `dedupeKey` and user. Returns how many were new. */
  async notifyOrganization(
    manager: EntityManager,
    notification: { organizationId: string; partnershipId: string; kind: NotificationKind; text: NotificationText; dedupeKey: string; exceptUserId?: string },
  ): Promise<number> {
    const officers: { id: string }[] = await manager.query(
      `SELECT id FROM users WHERE organization_id = $1 AND active AND role IN ('sna_officer', 'cso_officer') AND id IS DISTINCT FROM $2`,
      [notification.organizationId, notification.exceptUserId ?? null],
    );
    let written = 0;
    for (const officer of officers) {
      const { organizationId: _org, exceptUserId: _except, ...rest } = notification;
      if (await this.write(manager, { ...rest, userId: officer.id, dedupeKey: `${notification.dedupeKey}:${officer.id}` })) written++;
    }
    return written;
  }

  /** Returns whether it was new (a notification with the same key is left as it is, and no second e-mail is sent). */
  private async write(manager: EntityManager, notification: NewNotification): Promise<boolean> {
    const { text } = notification;
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO notifications (user_id, kind, partnership_id, title_en, title_km, body_en, body_km, link, dedupe_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        notification.userId,
        notification.kind,
        notification.partnershipId,
        text.title.en,
        text.title.km,
        text.body.en,
        text.body.km,
        partnershipLink(notification.partnershipId),
        notification.dedupeKey,
      ],
    );
    if (inserted.length === 0) return false;
    await this.jobs.add(manager, 'notifications.email', { notificationId: inserted[0]!.id });
    return true;
  }

  /** The user's notifications, newest first. */
  async list(userId: string, query: NotificationQuery): Promise<Page<NotificationView>> {
    const qb = this.dataSource
      .getRepository(UserNotification)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(query.limit + 1);
    if (query.unread) qb.andWhere('n.read_at IS NULL');
    const cursor = decodeCursor(query.cursor, [cursorParts.uuid]);
    // The cursor names the last row seen; comparing with its stored time keeps PostgreSQL's microseconds.
    if (cursor) {
      qb.andWhere('(n.created_at, n.id) < (SELECT c.created_at, c.id FROM notifications c WHERE c.id = :after AND c.user_id = :userId)', {
        after: cursor[0],
      });
    }
    const page = toPage(await qb.getMany(), query.limit, (n) => [n.id]);
    return { items: page.items.map(toNotificationView), nextCursor: page.nextCursor };
  }

  async markRead(userId: string, id: string): Promise<NotificationView> {
    const repository = this.dataSource.getRepository(UserNotification);
    await repository
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('id = :id AND user_id = :userId AND read_at IS NULL', { id, userId })
      .execute();
    const notification = await repository.findOneBy({ id, userId });
    if (!notification) throw notFound('The notification');
    return toNotificationView(notification);
  }

  async markAllRead(userId: string): Promise<{ marked: number }> {
    const result = await this.dataSource
      .getRepository(UserNotification)
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('user_id = :userId AND read_at IS NULL', { userId })
      .execute();
    return { marked: result.affected ?? 0 };
  }
}
