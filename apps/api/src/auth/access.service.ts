// Enforces the domain policy for a request: refusals become 401/403/404 problems and are audited.
import { Injectable } from '@nestjs/common';
import { decide, type PolicyAction, type PolicyResources } from '@daikou/domain';
import { AuditService } from '../audit/audit.service';
import { audited, Problem } from '../common/problem';
import type { RequestContext } from '../common/request-context';

@Injectable()
export class AccessService {
  constructor(private readonly audit: AuditService) {}

  async authorize<A extends PolicyAction>(
    context: RequestContext,
    action: A,
    resource?: PolicyResources[A],
    refusedObject?: { type: string; id: string },
  ): Promise<void> {
    const decision = (decide as (a: unknown, b: A, c?: PolicyResources[A]) => ReturnType<typeof decide>)(
      context.actor,
      action,
      resource,
    );
    if (decision.allowed) return;
    if (decision.reason === 'unauthenticated') throw new Problem('unauthenticated');
    const refusal = { action: 'policy.refused', entityType: refusedObject?.type, entityId: refusedObject?.id, summary: { attempted: action, reason: decision.reason } };
    if (decision.reason === 'not_visible') throw audited(new Problem('not_found', `${refusedObject?.type ?? 'The object'} was not found`), refusal);
    throw audited(new Problem('forbidden', `Your role may not do "${action}"`), refusal);
  }
}
