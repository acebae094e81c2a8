// `Idempotency-Key` on creates: the same key and body from the same user answer the first response again
// instead of creating twice; the same key with another body is refused.
import { createHash } from 'node:crypto';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import type { AuthenticatedRequest } from '../auth/auth.guard';
import { canonicalJson } from '../audit/audit-chain';
import { Problem } from './problem';

const KEY = /^[\w.:-]{1,200}$/;

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || key === undefined || !request.auth) return next.handle();
    if (typeof key !== 'string' || !KEY.test(key)) {
      throw new Problem('validation', 'Invalid Idempotency-Key', [{ path: 'headers.idempotency-key', message: 'use 1–200 letters, digits, . _ : -' }]);
    }
    const response = context.switchToHttp().getResponse<Response>();
    return from(this.once(request.auth.user.id, key, request, response, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }

  private async once(userId: string, key: string, request: AuthenticatedRequest, response: Response, handle: () => Promise<unknown>) {
    const requestHash = createHash('sha256').update(`${request.method} ${request.path} ${canonicalJson(request.body ?? null)}`).digest('hex');
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (user_id, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
      [userId, key, requestHash],
    );
    if (claimed.length === 0) {
      const [first] = await this.dataSource.query(
        `SELECT request_hash AS "requestHash", response_status AS "status", response_body AS "body" FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
        [userId, key],
      );
      if (first.requestHash !== requestHash) throw new Problem('idempotency_mismatch', 'This Idempotency-Key was used for a different request');
      if (first.status === null) throw new Problem('conflict', 'A request with this Idempotency-Key is still being processed');
      response.status(first.status).setHeader('Idempotent-Replayed', 'true');
      return first.body;
    }
    try {
      const body = await handle();
      await this.dataSource.query(
        `UPDATE idempotency_keys SET response_status = $3, response_body = $4 WHERE user_id = $1 AND key = $2`,
        [userId, key, response.statusCode, JSON.stringify(body ?? null)],
      );
      return body;
    } catch (error) {
      // A failed create may be retried with the same key.
      await this.dataSource.query(`DELETE FROM idempotency_keys WHERE user_id = $1 AND key = $2`, [userId, key]);
      throw error;
    }
  }
}
