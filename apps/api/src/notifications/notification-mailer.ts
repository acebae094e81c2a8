// Sends each notification by e-mail, in the recipient's language, once: the `notifications.email` job.
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { JobContext } from '../jobs/job-registry';
import type { JobPayloads } from '../jobs/job-definitions';
import { JobsService } from '../jobs/jobs.service';

interface MailRow {
  email: string;
  locale: 'km' | 'en';
  titleEn: string;
  titleKm: string;
  bodyEn: string;
  bodyKm: string;
  link: string;
}

export type EmailResult = { sent: boolean } | { skipped: string };

@Injectable()
export class NotificationMailer implements OnModuleInit, OnModuleDestroy {
  private transport: Transporter | null = null;

  constructor(
    private readonly jobs: JobsService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register('notifications.email', (payload: JobPayloads['notifications.email'], context: JobContext) =>
      this.send(payload.notificationId, context),
    );
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  async send(notificationId: string, context: JobContext): Promise<EmailResult> {
    if (!this.config.smtpUrl) return { skipped: 'SMTP_URL is not set' };
    const smtpUrl = this.config.smtpUrl;
    let sent = false;
    await context.once(async (manager) => {
      const rows: MailRow[] = await manager.query(
        `SELECT u.email, u.locale, n.title_en AS "titleEn", n.title_km AS "titleKm", n.body_en AS "bodyEn", n.body_km AS "bodyKm", n.link
           FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE n.id = $1 AND n.emailed_at IS NULL AND u.active
          FOR UPDATE OF n`,
        [notificationId],
      );
      const row = rows[0];
      if (!row) return;
      const km = row.locale === 'km';
      const url = this.config.publicUrl ? new URL(row.link, this.config.publicUrl).toString() : null;
      this.transport ??= nodemailer.createTransport(smtpUrl);
      // Sent before the marker commits: a crash between the two sends it again on retry (the outbox's at-least-once trade-off).
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: row.email,
        subject: km ? row.titleKm : row.titleEn,
        text: [km ? row.bodyKm : row.bodyEn, url].filter(Boolean).join('\n\n'),
      });
      await manager.query(`UPDATE notifications SET emailed_at = now() WHERE id = $1`, [notificationId]);
      sent = true;
    }, `notification-email:${notificationId}`);
    return { sent };
  }
}
