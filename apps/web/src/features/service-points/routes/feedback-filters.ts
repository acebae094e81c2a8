// The feedback inbox's filters as they stand in the address (?status=&servicePointId=).
import { FEEDBACK_STATUSES } from '@daikou/domain';
import { oneOf } from '../../../lib/use-url-filters';
import type { FeedbackFilters } from '../api/get-feedback';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseFeedbackFilters(params: URLSearchParams): FeedbackFilters {
  const servicePointId = params.get('servicePointId') ?? '';
  return {
    status: oneOf(FEEDBACK_STATUSES, params.get('status')),
    servicePointId: UUID.test(servicePointId) ? servicePointId : undefined,
  };
}
