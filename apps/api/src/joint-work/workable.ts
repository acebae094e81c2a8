// Joint work (workplan, meetings, commitments) happens in an active partnership, by the parties' officers.
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccessService } from '../auth/access.service';
import { Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';
import { audienceOf, type PartnershipAggregate } from '../partnerships/partnership-store';
import { PartnershipsService } from '../partnerships/partnerships.service';

@Injectable()
export class Workable {
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
    await this.access.authorize(context, 'partnership.work', audienceOf(aggregate), { type: 'partnership', id: partnershipId });
    if (aggregate.partnership.status !== 'active') {
      throw new Problem('invalid_status', `Joint work is recorded while the partnership is active (now: ${aggregate.partnership.status})`);
    }
    return aggregate;
  }
}

/** The parties of a partnership, for checking that named organisations take part in it. */
export function requireParties(aggregate: PartnershipAggregate, given: { path: string; organizationId: string | undefined }[], message: string): void {
  const parties = new Set(aggregate.parties.map((p) => p.organizationId));
  const stranger = given.find((g) => g.organizationId !== undefined && !parties.has(g.organizationId.toLowerCase()));
  if (stranger) throw new Problem('validation', 'Only the partnership’s parties can be named here', [{ path: stranger.path, message }]);
}
