// Scheduled: occurrences that are due, not rated kept and not yet flagged are marked overdue and their owner told, once.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { occurrenceStanding } from '@daikou/domain';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { todayInCambodia } from '../common/cambodia-date';

@Injectable()
export class OverdueCommitments implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('commitments.mark_overdue', async () => ({ marked: await this.markOverdue() }));
  }

  /** Returns how many occurrences were newly marked. */
  async markOverdue(today = todayInCambodia()): Promise<number> {
    const candidates: { id: string; partnershipId: string; ownerOrganizationId: string; dueDate: string; title: string; partnershipTitle: string }[] =
      await this.dataSource.query(
        `SELECT o.id, o.partnership_id AS "partnershipId", o.owner_organization_id AS "ownerOrganizationId",
                to_char(o.due_date, 'YYYY-MM-DD') AS "dueDate", c.title, p.title AS "partnershipTitle"
           FROM commitment_occurrences o
           JOIN commitments c ON c.id = o.commitment_id
           JOIN partnerships p ON p.id = o.partnership_id
          WHERE o.due_date < $1::date AND o.overdue_notified_at IS NULL AND p.status = 'active'
          ORDER BY o.due_date LIMIT 1000`,
        [today],
      );
    let marked = 0;
    for (const occurrence of candidates) {
      marked += await this.dataSource.transaction(async (manager) => {
        // Locked and re-checked: two workers running the check at once mark (and notify) once.
        const [row] = await manager.query(`SELECT overdue_notified_at FROM commitment_occurrences WHERE id = $1 FOR UPDATE`, [occurrence.id]);
        if (!row || row.overdue_notified_at !== null) return 0;
        const ratings: { organizationId: string; rating: 'kept' | 'partly_kept' | 'not_kept' }[] = await manager.query(
          `SELECT organization_id AS "organizationId", rating FROM commitment_ratings WHERE occurrence_id = $1`,
          [occurrence.id],
        );
        const parties: { organizationId: string }[] = await manager.query(
          `SELECT organization_id AS "organizationId" FROM partnership_parties WHERE partnership_id = $1`,
          [occurrence.partnershipId],
        );
        const standing = occurrenceStanding({ dueDate: occurrence.dueDate, ratings, partyOrganizationIds: parties.map((p) => p.organizationId), today });
        if (standing.status !== 'overdue') return 0;
        await manager.query(`UPDATE commitment_occurrences SET overdue_notified_at = now() WHERE id = $1`, [occurrence.id]);
        await this.notifications.notifyOrganization(manager, {
          organizationId: occurrence.ownerOrganizationId,
          partnershipId: occurrence.partnershipId,
          kind: 'commitment_overdue',
          dedupeKey: `overdue:${occurrence.id}`,
          text: {
            title: { en: `Overdue commitment: ${occurrence.title}`, km: `ការប្តេជ្ញាហួសកាលកំណត់៖ ${occurrence.title}` },
            body: {
              en: `"${occurrence.title}" (${occurrence.partnershipTitle}) was due on ${occurrence.dueDate} and is not rated as kept.`,
              km: `«${occurrence.title}» (${occurrence.partnershipTitle}) ត្រូវបំពេញនៅថ្ងៃទី ${occurrence.dueDate} ហើយមិនទាន់ត្រូវបានវាយតម្លៃថាបានគោរពនៅឡើយ។`,
            },
          },
        });
        return 1;
      });
    }
    return marked;
  }
}
