// Dashboard tests read rollups kept by jobs: wait until every requested refresh has run.
import type { DataSource } from 'typeorm';
import { waitFor } from './wait';

export async function rollupsCurrent(dataSource: DataSource): Promise<void> {
  await waitFor('the dashboard rollups to catch up', async () => {
    const [row]: { open: number; failed: number }[] = await dataSource.query(
      `SELECT count(*) FILTER (WHERE status NOT IN ('completed', 'failed'))::int AS open, count(*) FILTER (WHERE status = 'failed')::int AS failed
         FROM jobs WHERE name = 'insight.refresh_partnership'`,
    );
    if (row!.failed > 0) throw new Error('a dashboard refresh job failed');
    return row!.open === 0;
  });
}
