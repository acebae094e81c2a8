import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@daikou/domain';
import type { AuthenticatedRequest } from '../auth/auth.guard';

/** Who is asking, and from where: what services need for decisions and audit entries. */
export interface RequestContext {
  actor: Actor | null;
  sessionId: string | null;
  requestId: string | null;
  ip: string | null;
  userAgent: string | null;
}

export function requestContextOf(request: AuthenticatedRequest): RequestContext {
  return {
    actor: request.auth?.actor ?? null,
    sessionId: request.auth?.sessionId ?? null,
    requestId: request.id ? String(request.id) : null,
    ip: request.ip ?? null,
    userAgent: request.headers['user-agent'] ?? null,
  };
}

export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext =>
  requestContextOf(context.switchToHttp().getRequest<AuthenticatedRequest>()),
);

/** For work done by the system itself (jobs, start-up). */
export const SYSTEM_CONTEXT: RequestContext = { actor: null, sessionId: null, requestId: null, ip: null, userAgent: null };
