// Global guard: every request is authenticated (cookie or Bearer) unless its route is @Public, and
// cookie-authenticated writes must prove they come from our own pages (CSRF).
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Actor } from '@daikou/domain';
import { Problem } from '../common/problem';
import { IS_PUBLIC } from './public.decorator';
import { SessionsService, type SessionUser } from './sessions.service';
import { CSRF_HEADER, CSRF_HEADER_VALUE, SESSION_COOKIE } from './tokens';

export interface AuthenticatedRequest extends Request {
  auth?: { actor: Actor; user: SessionUser; sessionId: string; via: 'cookie' | 'bearer' };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);

    const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim();
    const cookie = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const token = bearer ?? cookie;
    if (token) {
      const found = await this.sessions.resolve(token);
      if (found) {
        request.auth = { ...found, via: bearer ? 'bearer' : 'cookie' };
      } else if (bearer && !isPublic) {
        throw new Problem('unauthenticated', 'The token is invalid, expired or signed out');
      }
    }
    if (request.auth?.via === 'cookie' && !SAFE_METHODS.has(request.method)) {
      if (request.headers[CSRF_HEADER] !== CSRF_HEADER_VALUE) {
        throw new Problem('csrf', `Cookie-authenticated writes need the header X-Requested-With: ${CSRF_HEADER_VALUE}`);
      }
    }
    if (!request.auth && !isPublic) throw new Problem('unauthenticated');
    return true;
  }
}
