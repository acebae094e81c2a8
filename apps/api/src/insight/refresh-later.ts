// Holding back the dashboards' refresh of a partnership during bulk writes (an import of 100,000 scorecard rounds):
// the rows' triggers ask for a refresh of their partnership once per transaction (insight_refresh_later),
// and each refresh reads every row of the partnership again, so a refresh per batch would grow with the square of
// the file. The caller refreshes once at the end instead (refreshAfterBulkWrite).
import type { EntityManager } from 'typeorm';
import type { JobsService } from '../jobs/jobs.service';

/**
 * In this transaction, the triggers do not ask for a refresh of the partnership: insight_refresh_later (migration
 * InsightViewerSums) skips a partnership named in the transaction-local setting of the last one asked for. The caller
 * writes rows of this partnership only, so that setting keeps naming it.
 */
export async function holdBackRefresh(manager: EntityManager, partnershipId: string): Promise<void> {
  await manager.query(`SELECT set_config('daikou.insight_last_asked', $1, true)`, [partnershipId]);
}

/** The one refresh of the partnership's dashboard entry after writes that held it back, committed with `manager`. */
export async function refreshAfterBulkWrite(manager: EntityManager, jobs: JobsService, partnershipId: string): Promise<void> {
  await jobs.add(manager, 'insight.refresh_partnership', { partnershipId });
}
