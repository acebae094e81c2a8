// The public record is the same for everyone: its routes never read a session. Dropping the cookie and the token
// before the auth guard sees them makes a signed-in officer an anonymous visitor here, so an anonymous form needs no
// CSRF proof (a cross-site post can act with nobody's session) and no page can depend on who asks.
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

@Injectable()
export class AnonymousVisitor implements NestMiddleware {
  use(request: Request, _response: Response, next: NextFunction): void {
    delete request.headers.cookie;
    delete request.headers.authorization;
    request.cookies = {};
    next();
  }
}
