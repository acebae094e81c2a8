import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Partnership } from '../partnerships/partnership.entities';
import { User } from '../users/user.entity';

export const NOTIFICATION_KINDS = ['status_changed', 'action_required', 'reminder', 'commitment_overdue', 'minutes_to_approve'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * A message to one user, in both languages, written in the transaction of the change that causes it.
 * `dedupe_key` names the event and the recipient: a retried or repeated write creates nothing more.
 */
@Entity({ name: 'notifications' })
@Index('notifications_dedupe_key_key', ['dedupeKey'], { unique: true })
@Index('notifications_user_created_idx', ['userId', 'createdAt'])
export class UserNotification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ name: 'partnership_id', type: 'uuid', nullable: true })
  partnershipId: string | null;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id' })
  partnership?: Partnership | null;

  @Column({ name: 'title_en', type: 'text' })
  titleEn: string;

  @Column({ name: 'title_km', type: 'text' })
  titleKm: string;

  @Column({ name: 'body_en', type: 'text' })
  bodyEn: string;

  @Column({ name: 'body_km', type: 'text' })
  bodyKm: string;

  /** Where in the web app the notification leads, e.g. `/partnerships/<id>`. */
  @Column({ type: 'text' })
  link: string;

  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;
}
