// Commitments both sides made, their occurrences per period, each party's rating of each occurrence, and the
// accountability record that puts the state side's kept promises beside the non-state side's.
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  accountabilityRecord,
  mayRateFor,
  occurrenceDates,
  occurrenceStanding,
  validationMessage,
  type CommitmentCreateInput,
  type RatingInput,
} from '@daikou/domain';
import { AuditService } from '../audit/audit.service';
import { notFound, Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { todayInCambodia } from '../common/cambodia-date';
import type { PartnershipAggregate } from '../partnerships/partnership-store';
import { Commitment, CommitmentOccurrence, CommitmentRating } from './joint-work.entities';
import { requireParties, Workable } from './workable';


type RatingRow = Pick<CommitmentRating, 'occurrenceId' | 'organizationId' | 'rating' | 'comment' | 'userId' | 'createdAt'>;

@Injectable()
export class CommitmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workable: Workable,
    private readonly audit: AuditService,
  ) {}

  async create(context: RequestContext, partnershipId: string, input: CommitmentCreateInput) {
    return this.dataSource.transaction((manager) => this.createWithin(manager, context, partnershipId, input));
  }

  /** In the caller's transaction: for a change that makes a commitment as part of itself (an action item becoming one). */
  async createWithin(manager: EntityManager, context: RequestContext, partnershipId: string, input: CommitmentCreateInput) {
    const aggregate = await this.workable.write(manager, context, partnershipId);
    requireParties(aggregate, [{ path: 'ownerOrganizationId', organizationId: input.ownerOrganizationId }], validationMessage('not_a_party'));
    const recurrence = input.recurrence ?? 'none';
    const dates = occurrenceDates(input.dueDate, recurrence, aggregate.partnership.endDate);
    if (dates.length === 0) {
      throw new Problem('validation', 'The commitment falls after the partnership ends', [{ path: 'dueDate', message: validationMessage('outside_partnership_dates') }]);
    }
    const commitment = await manager.getRepository(Commitment).save(
      manager.getRepository(Commitment).create({
        partnershipId,
        title: input.title,
        description: input.description ?? null,
        ownerOrganizationId: input.ownerOrganizationId.toLowerCase(),
        dueDate: input.dueDate,
        recurrence,
        clauseKey: input.clauseKey ?? null,
        createdBy: context.actor!.userId,
      }),
    );
    await manager.getRepository(CommitmentOccurrence).insert(
      dates.map((dueDate) => ({ commitmentId: commitment.id, partnershipId, ownerOrganizationId: commitment.ownerOrganizationId, dueDate })),
    );
    await this.audit.record(manager, context, {
      action: 'commitment.create', entityType: 'commitment', entityId: commitment.id,
      summary: { partnershipId, title: input.title, owner: commitment.ownerOrganizationId, recurrence, occurrences: dates.length },
    });
    return (await this.board(manager, aggregate, [commitment]))[0]!;
  }

  async list(context: RequestContext, partnershipId: string) {
    const aggregate = await this.workable.read(this.dataSource.manager, context, partnershipId);
    const commitments = await this.dataSource.getRepository(Commitment).find({ where: { partnershipId }, order: { dueDate: 'ASC', createdAt: 'ASC' } });
    return this.board(this.dataSource.manager, aggregate, commitments);
  }

  async rate(context: RequestContext, commitmentId: string, input: RatingInput) {
    return this.dataSource.transaction(async (manager) => {
      const commitment = await manager.getRepository(Commitment).findOneBy({ id: commitmentId });
      if (!commitment) throw notFound('The commitment');
      const aggregate = await this.workable.write(manager, context, commitment.partnershipId);
      const actor = context.actor!;
      if (!mayRateFor(actor, actor.organizationId, { partyOrganizationIds: aggregate.parties.map((p) => p.organizationId) })) {
        throw new Problem('forbidden', 'Only an officer of a party rates, for their own organisation');
      }
      const occurrence = await manager.getRepository(CommitmentOccurrence).findOneBy({ commitmentId, dueDate: input.period });
      if (!occurrence) {
        throw new Problem('validation', 'No occurrence of this commitment is due on that date', [{ path: 'period', message: validationMessage('period_not_an_occurrence') }]);
      }
      const inserted: unknown[] = await manager.query(
        `INSERT INTO commitment_ratings (occurrence_id, organization_id, user_id, rating, comment)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (occurrence_id, organization_id) DO NOTHING RETURNING id`,
        [occurrence.id, actor.organizationId, actor.userId, input.rating, input.comment ?? null],
      );
      if (inserted.length === 0) throw new Problem('duplicate', 'Your organisation has already rated this occurrence');
      await this.audit.record(manager, context, {
        action: 'commitment.rate', entityType: 'commitment', entityId: commitmentId,
        summary: { period: input.period, rating: input.rating, organizationId: actor.organizationId },
      });
      return (await this.board(manager, aggregate, [commitment]))[0]!;
    });
  }

  async ratings(context: RequestContext, commitmentId: string) {
    const commitment = await this.dataSource.getRepository(Commitment).findOneBy({ id: commitmentId });
    if (!commitment) throw notFound('The commitment');
    const aggregate = await this.workable.read(this.dataSource.manager, context, commitment.partnershipId);
    return (await this.board(this.dataSource.manager, aggregate, [commitment]))[0]!.occurrences.flatMap((o) => o.ratings.map((r) => ({ period: o.dueDate, ...r })));
  }

  async accountability(context: RequestContext, partnershipId: string) {
    const aggregate = await this.workable.read(this.dataSource.manager, context, partnershipId);
    const occurrences = await this.occurrencesWithRatings(this.dataSource.manager, partnershipId);
    const parties = aggregate.parties.map((p) => p.organizationId);
    const today = todayInCambodia();
    const record = accountabilityRecord(
      occurrences.map((o) => ({ ownerOrganizationId: o.ownerOrganizationId, dueDate: o.dueDate, ratings: o.ratings })),
      parties,
      today,
    );
    const kindOf = new Map(aggregate.parties.map((p) => [p.organizationId, p.kind]));
    return record.map((row) => ({ ...row, kind: kindOf.get(row.organizationId)! }));
  }

  private async occurrencesWithRatings(manager: EntityManager, partnershipId: string, commitmentIds?: string[]) {
    const qb = manager.getRepository(CommitmentOccurrence).createQueryBuilder('o').where('o.partnership_id = :partnershipId', { partnershipId }).orderBy('o.due_date', 'ASC');
    if (commitmentIds) qb.andWhere('o.commitment_id IN (:...commitmentIds)', { commitmentIds });
    const occurrences = await qb.getMany();
    const ratings: RatingRow[] = occurrences.length
      ? await manager.getRepository(CommitmentRating).createQueryBuilder('r').where('r.occurrence_id IN (:...ids)', { ids: occurrences.map((o) => o.id) }).orderBy('r.created_at', 'ASC').getMany()
      : [];
    return occurrences.map((o) => ({ ...o, ratings: ratings.filter((r) => r.occurrenceId === o.id).map((r) => ({ organizationId: r.organizationId, rating: r.rating as RatingInput['rating'], comment: r.comment, userId: r.userId, at: r.createdAt.toISOString() })) }));
  }

  /** Read through `manager`: inside a transaction it must see that transaction's own writes. */
  private async board(manager: EntityManager, aggregate: PartnershipAggregate, commitments: Commitment[]) {
    if (commitments.length === 0) return [];
    const parties = aggregate.parties.map((p) => p.organizationId);
    const today = todayInCambodia();
    const occurrences = await this.occurrencesWithRatings(manager, aggregate.partnership.id, commitments.map((c) => c.id));
    return commitments.map((c) => ({
      id: c.id,
      partnershipId: c.partnershipId,
      title: c.title,
      description: c.description,
      ownerOrganizationId: c.ownerOrganizationId,
      dueDate: c.dueDate,
      recurrence: c.recurrence,
      clauseKey: c.clauseKey,
      createdAt: c.createdAt.toISOString(),
      occurrences: occurrences.filter((o) => o.commitmentId === c.id).map((o) => ({
        dueDate: o.dueDate,
        ...occurrenceStanding({ dueDate: o.dueDate, ratings: o.ratings, partyOrganizationIds: parties, today }),
        ratings: o.ratings,
      })),
    }));
  }
}
