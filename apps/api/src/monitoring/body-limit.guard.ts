// A tighter body limit than the application's 1 MB for endpoints open to anyone: refused before any work is done.
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { Problem } from '../common/problem';

/** Feedback holds at most 2,000 characters of text (10,000 before cleaning); 32 KiB leaves room for any encoding of that. */
export const FEEDBACK_BODY_MAX_BYTES = 32 * 1024;

@Injectable()
export class FeedbackBodyLimit implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const length = Number(context.switchToHttp().getRequest<Request>().headers['content-length'] ?? 0);
    if (length > FEEDBACK_BODY_MAX_BYTES) throw new Problem('payload_too_large', `Feedback may be at most ${FEEDBACK_BODY_MAX_BYTES} bytes`);
    return true;
  }
}
