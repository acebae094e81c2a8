// Periodic and final reviews by the MoI reviewer; a final review is what allows `close`.
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReviewInput } from '@daikou/domain';
import { AuditService } from '../audit/audit.service';
import { audited, Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { PartnershipReview } from './partnership.entities';
import { PartnershipsService } from './partnerships.service';

// A review looks back on work done: from activation on (active, suspended, completed, terminated).
const REVIEWABLE = new Set(['active', 'suspended', 'completed', 'terminated']);

@Injectable()
export class ReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipsService,
    private readonly audit: AuditService,
  ) {}

  async create(context: RequestContext, id: string, input: ReviewInput) {
    return this.dataSource.transaction(async (manager) => {
      const aggregate = await this.partnerships.visibleAggregate(manager, context, id, true);
      if (context.actor!.role !== 'moi_reviewer') {
        throw audited(new Problem('forbidden', 'Only a Ministry of Interior reviewer records reviews'), {
          action: 'policy.refused', entityType: 'partnership', entityId: id, summary: { attempted: 'review.create' },
        });
      }
      if (!REVIEWABLE.has(aggregate.partnership.status)) {
        throw new Problem('invalid_status', `Reviews are recorded once a partnership has been active (now: ${aggregate.partnership.status})`);
      }
      const review = await manager.getRepository(PartnershipReview).save(
        manager.getRepository(PartnershipReview).create({ partnershipId: id, ...input, reviewerId: context.actor!.userId }),
      );
      await this.audit.record(manager, context, { action: 'review.create', entityType: 'partnership', entityId: id, summary: { kind: input.kind, decision: input.decision } });
      return view(review);
    });
  }

  async list(context: RequestContext, id: string) {
    await this.partnerships.visibleAggregate(this.dataSource.manager, context, id);
    const rows = await this.dataSource.getRepository(PartnershipReview).find({ where: { partnershipId: id }, order: { createdAt: 'ASC' } });
    return rows.map(view);
  }
}

function view(review: PartnershipReview) {
  return { id: review.id, kind: review.kind, decision: review.decision, lessons: review.lessons, reviewerId: review.reviewerId, createdAt: review.createdAt.toISOString() };
}

