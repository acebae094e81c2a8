// The one place where exceptions become HTTP answers (application/problem+json, RFC 9457).
import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Problem, PROBLEM_TYPE_BASE, PROBLEM_TYPES, type ProblemBody, type ProblemType } from './problem';

const BY_STATUS: Record<number, ProblemType> = {
  400: 'malformed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  429: 'too_many_requests',
  503: 'unavailable',
};

export function toProblemBody(exception: unknown): ProblemBody {
  if (exception instanceof Problem) return exception.toBody();
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const type = BY_STATUS[status] ?? (status >= 500 ? 'internal' : 'malformed');
    const response = exception.getResponse();
    const message = typeof response === 'object' && response && 'message' in response ? response.message : undefined;
    const detail = typeof message === 'string' ? message : exception.message;
    return { type: PROBLEM_TYPE_BASE + type, title: PROBLEM_TYPES[type].title, status, detail };
  }
  const bodyError = exception as { type?: string; status?: number };
  if (bodyError?.type === 'entity.parse.failed') {
    return { type: PROBLEM_TYPE_BASE + 'malformed', title: PROBLEM_TYPES.malformed.title, status: 400, detail: 'The body is not valid JSON' };
  }
  if (bodyError?.type === 'entity.too.large') {
    return { type: PROBLEM_TYPE_BASE + 'payload_too_large', title: PROBLEM_TYPES.payload_too_large.title, status: 413 };
  }
  return { type: PROBLEM_TYPE_BASE + 'internal', title: PROBLEM_TYPES.internal.title, status: 500 };
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request & { id?: string }>();
    const body = toProblemBody(exception);
    if (body.status >= 500) this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    if (response.headersSent) return;
    response
      .status(body.status)
      .type('application/problem+json')
      .json({ ...body, instance: request.originalUrl, requestId: request.id });
  }
}
