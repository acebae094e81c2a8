// Holding back the dashboards' refresh of a partnership during bulk writes (an import of 100,000 scorecard rounds):
// the rows' triggers ask for a refresh of their partnership once per transaction (insight_refresh_later),
// and each refresh reads every row of the partnership again, so a refresh per batch would grow with the square of
// the file. The caller refreshes once at the end instead (refreshAfterBulkWrite).
import type { EntityManager } from 'typeorm';
import type { JobsService } from '../jobs/jobs.service';

/**
 * A SQL expression that, evaluated in a transaction, stops the triggers from asking for a refresh of the partnership
 * whose id is the uuid parameter `partnershipParameter` (e.g. `$2`): insight_refresh_later (migration InsightViewerSums)
 * skips a partnership named in the transaction-local setting of the last one asked for. It must be evaluated before
 * the transaction's first row is written, and the caller writes rows of this partnership only, so that setting keeps
 * naming it.
 */
export function holdBackRefreshSql(partnershipParameter: string): string {
  return `set_config('daikou.insight_last_asked', ${partnershipParameter}::uuid::text, true)`;
}

/** The one refresh of the partnership's dashboard entry after writes that held it back, committed with `manager`. */
export async function refreshAfterBulkWrite(manager: EntityManager, jobs: JobsService, partnershipId: string): Promise<void> {
  await jobs.add(manager, 'insight.refresh_partnership', { partnershipId });
}
