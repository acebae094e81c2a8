// RFC 9457 problem details: every error the API answers with has a stable `type` from this list.
export const PROBLEM_TYPES = {
  validation: { status: 422, title: 'The request has invalid fields' },
  malformed: { status: 400, title: 'The request could not be read' },
  unauthenticated: { status: 401, title: 'Sign in is required' },
  invalid_credentials: { status: 401, title: 'Wrong e-mail or password' },
  account_locked: { status: 423, title: 'The account is locked for a while after repeated failed sign-ins' },
  csrf: { status: 403, title: 'Cross-site request refused' },
  forbidden: { status: 403, title: 'You are not allowed to do this' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict with the current state' },
  invalid_status: { status: 409, title: 'Not allowed in the current status' },
  stale: { status: 409, title: 'Someone else changed this at the same time; reload and try again' },
  duplicate: { status: 409, title: 'Already exists' },
  idempotency_mismatch: { status: 422, title: 'The Idempotency-Key was used with a different request' },
  too_many_requests: { status: 429, title: 'Too many requests; wait a moment and try again' },
  payload_too_large: { status: 413, title: 'The request is too large' },
  unavailable: { status: 503, title: 'A dependency is unavailable' },
  internal: { status: 500, title: 'Something went wrong on our side' },
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

export interface FieldError {
  path: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  /** A finer, stable reason where the type is broad (e.g. a refused lifecycle step: `endorsement_required`). */
  code?: string;
  errors?: FieldError[];
  instance?: string;
  requestId?: string;
}

export const PROBLEM_TYPE_BASE = 'urn:daikou:problem:';

/** Thrown anywhere in the API; the global filter turns it into problem+json. */
export class Problem extends Error {
  readonly status: number;
  /** A refusal worth recording: written by RefusalAuditInterceptor once the request (and its transaction) has failed. */
  audit?: { action: string; entityType?: string; entityId?: string; summary?: Record<string, unknown> };
  code?: string;

  constructor(
    readonly type: ProblemType,
    readonly detail?: string,
    readonly errors?: FieldError[],
    status?: number,
  ) {
    super(detail ?? PROBLEM_TYPES[type].title);
    this.status = status ?? PROBLEM_TYPES[type].status;
  }

  toBody(): ProblemBody {
    return {
      type: PROBLEM_TYPE_BASE + this.type,
      title: PROBLEM_TYPES[this.type].title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(this.code ? { code: this.code } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

/** The same problem, to be recorded in the audit trail as a refusal. */
export function audited(problem: Problem, audit: NonNullable<Problem['audit']>): Problem {
  problem.audit = audit;
  return problem;
}

export const notFound = (what: string) => new Problem('not_found', `${what} was not found`);
