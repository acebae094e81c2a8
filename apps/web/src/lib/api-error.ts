// Turns the API's RFC 9457 problem+json answers into Errors that carry the status and per-field messages.

export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly fieldErrors: readonly FieldError[],
  ) {
    super(message);
  }

  /** The server's message for one input field, if it named that field. */
  messageFor(field: string): string | undefined {
    return this.fieldErrors.find((error) => fieldName(error.path) === field)?.message;
  }

  /** The server's message for one place in a nested input, e.g. "contributions.0.organizationId". */
  messageAt(path: string): string | undefined {
    return this.fieldErrors.find((error) => fieldPath(error.path) === path)?.message;
  }
}

// Servers name fields as "email", "/email" (JSON pointer), "body.email" or "query.cursor", and an entry of a
// list as "capacities.2"; forms know the top-level field: "email", "capacities".
function fieldSegments(path: string): string[] {
  const segments = path.split(/[./]/).filter(Boolean);
  if (segments[0] === 'body' || segments[0] === 'query' || segments[0] === 'params') segments.shift();
  return segments;
}

function fieldName(path: string): string {
  return fieldSegments(path)[0] ?? '';
}

function fieldPath(path: string): string {
  return fieldSegments(path).join('.');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) =>
    isRecord(item) && typeof item.path === 'string' && typeof item.message === 'string'
      ? [{ path: item.path, message: item.message }]
      : [],
  );
}

export function problemToError(response: Response, body: unknown): ApiError {
  const problem = isRecord(body) ? body : {};
  const title = typeof problem.title === 'string' ? problem.title : response.statusText;
  const detail = typeof problem.detail === 'string' ? problem.detail : undefined;
  const type = typeof problem.type === 'string' ? problem.type : 'about:blank';
  return new ApiError(response.status, type, detail ?? title, readFieldErrors(problem.errors));
}

/** The data of a successful API answer, or the problem it reported thrown as an ApiError. */
export function dataOrThrow<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (!result.response.ok) throw problemToError(result.response, result.error);
  return result.data as T;
}

export function hasStatus(error: unknown, status: number): error is ApiError {
  return error instanceof ApiError && error.status === status;
}
