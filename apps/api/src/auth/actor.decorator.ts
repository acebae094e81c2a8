import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@daikou/domain';
import { Problem } from '../common/problem';
import type { AuthenticatedRequest } from './auth.guard';

/** The signed-in user as a policy actor; on @Public routes it may be null (`@CurrentActor({ optional: true })`). */
export const CurrentActor = createParamDecorator(
  (options: { optional?: boolean } | undefined, context: ExecutionContext): Actor | null => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!request.auth && !options?.optional) throw new Problem('unauthenticated');
    return request.auth?.actor ?? null;
  },
);
