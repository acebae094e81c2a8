// Refusals are recorded after the request failed: its transaction has rolled back by then, so the audit entry gets
// a connection of its own (inside the transaction it would wait for that very transaction — on PGlite, forever).
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { catchError, from, mergeMap, throwError, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { Problem } from '../common/problem';
import { requestContextOf } from '../common/request-context';
import { AuditService } from './audit.service';

@Injectable()
export class RefusalAuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof Problem) || !error.audit || context.getType() !== 'http') return throwError(() => error);
        const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
        return from(this.audit.recordAlone(requestContextOf(request), error.audit)).pipe(mergeMap(() => throwError(() => error)));
      }),
    );
  }
}
