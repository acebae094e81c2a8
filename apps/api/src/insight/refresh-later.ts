// Holding back the dashboards' refresh of a partnership during bulk writes (an import of 100,000 scorecard rounds):
// the rows' triggers ask for one refresh per partnership and transaction (insight_refresh_later, migration Insight),
// and each refresh reads every row of the partnership again, so a refresh per batch would grow with the square of
// the file. The caller refreshes once at the end instead (refreshAfterBulkWrite).
import type { EntityManager } from 'typeorm';
import type { JobsService } from '../jobs/jobs.service';

/** The transaction-local setting insight_refresh_later reads to know a refresh was already asked for. */
const markerOf = (partnershipId: string) => `daikou.insight_${partnershipId.replaceAll('-', '')}`;

/** In this transaction, the triggers do not ask for a refresh of the partnership. */
export async function holdBackRefresh(manager: EntityManager, partnershipId: string): Promise<void> {
  await manager.query(`SELECT set_config($1, 'asked', true)`, [markerOf(partnershipId)]);
}

/** The one refresh of the partnership's dashboard entry after writes that held it back, committed with `manager`. */
export async function refreshAfterBulkWrite(manager: EntityManager, jobs: JobsService, partnershipId: string): Promise<void> {
  await jobs.add(manager, 'insight.refresh_partnership', { partnershipId });
}
