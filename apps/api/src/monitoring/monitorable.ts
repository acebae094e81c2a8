// Monitoring data belongs to a partnership: its viewers read it; its parties' officers record it while it is active.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccessService } from '../auth/access.service';
import { Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { audienceOf, type PartnershipAggregate } from '../partnerships/partnership-store';
import { PartnershipsService } from '../partnerships/partnerships.service';

@Injectable()
export class Monitorable {
  constructor(
    private readonly partnerships: PartnershipsService,
    private readonly access: AccessService,
  ) {}

  /** The partnership, if the caller may see it (404 otherwise). */
  read(manager: EntityManager, context: RequestContext, partnershipId: string): Promise<PartnershipAggregate> {
    return this.partnerships.visibleAggregate(manager, context, partnershipId);
  }

  /** The partnership locked for a change by a party's officer while it is active. */
  async write(manager: EntityManager, context: RequestContext, partnershipId: string): Promise<PartnershipAggregate> {
    const aggregate = await this.partnerships.visibleAggregate(manager, context, partnershipId, true);
    await this.access.authorize(context, 'monitoring.write', audienceOf(aggregate), { type: 'partnership', id: partnershipId });
    if (aggregate.partnership.status !== 'active') {
      throw new Problem('invalid_status', `Monitoring is recorded while the partnership is active (now: ${aggregate.partnership.status})`);
    }
    return aggregate;
  }
}
